-- Counter rows for the years ahead: a dossier reference then always locks an existing row, so two
-- requests arriving together on the first day of a year cannot both try to create that year's row.
insert into compteur_reference (annee, dernier)
select annee, dernier from (values (2024, 0), (2025, 0), (2026, 0), (2027, 0), (2028, 0), (2029, 0), (2030, 0), (2031, 0), (2032, 0), (2033, 0), (2034, 0), (2035, 0), (2036, 0), (2037, 0), (2038, 0), (2039, 0), (2040, 0), (2041, 0), (2042, 0), (2043, 0), (2044, 0), (2045, 0), (2046, 0), (2047, 0), (2048, 0), (2049, 0), (2050, 0), (2051, 0), (2052, 0), (2053, 0), (2054, 0), (2055, 0), (2056, 0), (2057, 0), (2058, 0), (2059, 0), (2060, 0), (2061, 0), (2062, 0), (2063, 0), (2064, 0), (2065, 0), (2066, 0), (2067, 0), (2068, 0), (2069, 0), (2070, 0), (2071, 0), (2072, 0), (2073, 0), (2074, 0), (2075, 0), (2076, 0), (2077, 0), (2078, 0), (2079, 0), (2080, 0), (2081, 0), (2082, 0), (2083, 0), (2084, 0), (2085, 0), (2086, 0), (2087, 0), (2088, 0), (2089, 0), (2090, 0), (2091, 0), (2092, 0), (2093, 0), (2094, 0), (2095, 0), (2096, 0), (2097, 0), (2098, 0), (2099, 0), (2100, 0)) as annees (annee, dernier)
where annee not in (select annee from compteur_reference);

-- Staff list the dossiers of a stage, oldest first: the index serves filter and order together.
drop index dossier_etape_idx;
create index dossier_etape_idx on dossier (etape, statut, cree_le);
