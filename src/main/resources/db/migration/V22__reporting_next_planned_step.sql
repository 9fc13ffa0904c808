-- The reporting table's "Prochaine échéance" now also gives, when an open dossier has no open task but waits
-- on a timer, what the timer waits for: the cold debrief planned at the hot one, or the next follow-up call
-- (reporting.EcheancePrevue). Rows written before get it once; every later step rewrites its dossier's row.
update ligne_reporting r
set prochaine_echeance = coalesce(
    (select max(b.debrief_froid_prevu) from debrief b where b.dossier_id = r.dossier_id and b.type = 'CHAUD'
        and b.id > coalesce((select max(f.id) from debrief f where f.dossier_id = r.dossier_id and f.type = 'FROID'), 0)),
    (select min(s.prevu_le) from suivi s where s.dossier_id = r.dossier_id and s.realise_le is null))
where r.statut = 'EN_COURS' and r.prochaine_echeance is null;
