-- The matching task picks sites from the catalogue: each proposed site keeps its score at pick time,
-- whether the CPTS added it for its "belle dynamique" (and why), and the site's answer once contacted.
alter table lieu_propose add column score integer;
alter table lieu_propose add column belle_dynamique boolean default false not null;
alter table lieu_propose add column raison varchar(4000);
alter table lieu_propose add column reponse varchar(20);
alter table lieu_propose add column reponse_le timestamp with time zone;
alter table lieu_propose add column reponse_par varchar(64);
alter table lieu_propose add column reponse_commentaire varchar(4000);
