-- What the ranking of practice sites reads from the interview besides the existing choices: whether the
-- professional looks for premises, the communes or intercommunalities they wish (one per line), and the
-- categories of family needs to cover near the site (checklist values separated by ";", not the details).
alter table entretien add column besoin_locaux varchar(20);
alter table entretien add column communes_souhaitees varchar(1000);
alter table entretien add column besoins_famille varchar(100);
