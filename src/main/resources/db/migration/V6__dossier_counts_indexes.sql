-- Operators' metrics count dossiers under way by stage, and the late ones: the first reads (statut,
-- etape) alone; the second joins a process's overdue tasks to its dossier. The paged list of a stage
-- that read (etape, statut, cree_le, id) is gone.
drop index dossier_etape_idx;
create index dossier_statut_etape_idx on dossier (statut, etape);
create index dossier_processus_idx on dossier (process_instance_id);
