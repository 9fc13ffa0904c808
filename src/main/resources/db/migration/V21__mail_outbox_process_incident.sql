-- A queued e-mail tied to a dossier's process: when it is given up, an incident is raised on that process
-- instance (visible in Cockpit) and kept here, so that the next successful sending resolves it.
alter table courriel_sortant add column instance_processus varchar(64);
alter table courriel_sortant add column incident varchar(64);
