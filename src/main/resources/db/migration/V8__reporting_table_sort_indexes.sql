-- Every column of the reporting table can be sorted, both ways, and its first page must stay fast at
-- 100,000 dossiers: one b-tree index per sort, ending with the tie-breaker (dossier_id), read forwards
-- or backwards (empty values last going up, first going down: reporting.Colonne). Without them
-- PostgreSQL read and sorted the whole table for each page (up to 550 ms; docs/performance.md).
drop index ligne_reporting_echeance_idx;
drop index ligne_reporting_etape_idx;
drop index ligne_reporting_reference_idx;
create index ligne_reporting_reference_idx on ligne_reporting (reference, dossier_id);
create index ligne_reporting_professionnel_idx on ligne_reporting (professionnel, dossier_id);
create index ligne_reporting_profession_idx on ligne_reporting (profession, dossier_id);
create index ligne_reporting_specialite_idx on ligne_reporting (specialite, dossier_id);
create index ligne_reporting_origine_idx on ligne_reporting (origine_demande, dossier_id);
create index ligne_reporting_entretien_idx on ligne_reporting (entretien_le, dossier_id);
create index ligne_reporting_croisement_idx on ligne_reporting (croisement_le, dossier_id);
create index ligne_reporting_visites_idx on ligne_reporting (visites, dossier_id);
create index ligne_reporting_debrief_chaud_idx on ligne_reporting (debrief_chaud_le, dossier_id);
create index ligne_reporting_debrief_froid_idx on ligne_reporting (debrief_froid_le, dossier_id);
create index ligne_reporting_suivis_idx on ligne_reporting (suivis_realises, dossier_id);
create index ligne_reporting_etape_idx on ligne_reporting (etape, dossier_id);
create index ligne_reporting_echeance_idx on ligne_reporting (prochaine_echeance, dossier_id);
create index ligne_reporting_retard_idx on ligne_reporting (en_retard desc, prochaine_echeance, dossier_id);
create index ligne_reporting_statut_idx on ligne_reporting (statut, dossier_id);
create index ligne_reporting_commune_idx on ligne_reporting (commune, dossier_id);
