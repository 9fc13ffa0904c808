-- The reporting table's "Prochaine échéance" now also gives, between two follow-up calls (no task is open
-- then, only the timer of the next call), the date of the next planned call (reporting.LignesReporting).
-- Rows written before get it once; every later step rewrites its dossier's row.
update ligne_reporting r
set prochaine_echeance = (select min(s.prevu_le) from suivi s where s.dossier_id = r.dossier_id and s.realise_le is null)
where r.statut = 'EN_COURS' and r.prochaine_echeance is null;
