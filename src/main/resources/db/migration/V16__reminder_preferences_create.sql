-- Reminders: each person may turn the daily digest off (and on again) on /mes-rappels. No row: the
-- person receives it. The digests themselves go through the outbox (courriel_sortant), keyed by person
-- and day, which is what keeps them to one a day across restarts and nodes.
create table preference_rappel (
    utilisateur     varchar(64)  primary key,
    actif           boolean      not null,
    modifie_le      timestamp with time zone not null
);
