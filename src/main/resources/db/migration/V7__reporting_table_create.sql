-- The shared reporting table as staff see it: one narrow row per dossier with what each step recorded,
-- kept by reporting.LignesReporting in the transaction of every journaled step. Sorting, filtering and
-- counting 100,000 dossiers reads this table alone, never the wide dossier rows and their children.
create table ligne_reporting (
    dossier_id              bigint primary key references dossier (id),
    reference               varchar(20)   not null,
    professionnel           varchar(401)  not null,
    -- lower-case reference and name: what "search by name or reference" compares with
    recherche               varchar(430)  not null,
    profession              varchar(40)   not null,
    specialite              varchar(200),
    origine_demande         varchar(40)   not null,
    demande_le              timestamp with time zone not null,
    entretien_le            timestamp with time zone,
    entretien_realise_le    timestamp with time zone,
    croisement_le           timestamp with time zone,
    croisements             integer       not null,
    visites                 integer       not null,
    debrief_chaud_le        timestamp with time zone,
    debrief_froid_le        timestamp with time zone,
    suivis_realises         integer       not null,
    etape                   varchar(20)   not null,
    statut                  varchar(20)   not null,
    -- flagged late by the matching deadline; a task past its due date makes a dossier late as well
    en_retard               boolean       not null,
    prochaine_echeance      timestamp with time zone,
    lieu_installation       varchar(200),
    commune                 varchar(200),
    motif_arret             varchar(4000),
    clos_le                 timestamp with time zone
);
create index ligne_reporting_demande_idx on ligne_reporting (demande_le, dossier_id);
create index ligne_reporting_echeance_idx on ligne_reporting (prochaine_echeance);
create index ligne_reporting_etape_idx on ligne_reporting (etape, statut);
create index ligne_reporting_reference_idx on ligne_reporting (reference);
