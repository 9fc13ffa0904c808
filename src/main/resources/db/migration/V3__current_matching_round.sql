-- The dossier points at its current matching round: every step of stages C and D reads that round,
-- and a primary-key read is far cheaper than "latest round of this dossier" at each step.
alter table dossier add column croisement_courant_id bigint;

update dossier set croisement_courant_id = (
    select c.id from croisement c where c.dossier_id = dossier.id
    order by c.numero desc fetch first 1 rows only);

-- A stage's list is paged oldest first, ties broken by id: the index now carries the whole order.
drop index dossier_etape_idx;
create index dossier_etape_idx on dossier (etape, statut, cree_le, id);
