-- A process owner may add options to a form's select or radio in Modeler: every column that stores a
-- chosen option's value holds up to 40 characters, the limit FormValues.CHOICE_STORED enforces.
alter table dossier alter column horizon set data type varchar(40);
alter table entretien alter column calendrier set data type varchar(40);
alter table entretien alter column mode_exercice set data type varchar(40);
alter table entretien alter column equipe_pluriprofessionnelle set data type varchar(40);
alter table entretien alter column statut_exercice set data type varchar(40);
alter table visite alter column interet set data type varchar(40);
alter table information_elus alter column moyen set data type varchar(40);
alter table debrief alter column modalite set data type varchar(40);
alter table debrief alter column decision set data type varchar(40);
alter table suivi alter column situation set data type varchar(40);
