package fr.territoire.sante.installation.ranking;

import fr.territoire.sante.installation.catalogue.TypeLieu;

/**
 * What the ranking reads of one active practice site: a JPQL projection, so that a thousand sites come
 * in one query without their lazily loaded élus. Professions and modes are ";"-separated values.
 */
public record LieuCatalogue(Long id, String nom, String commune, String intercommunalite, TypeLieu type,
        String professionsRecherchees, String modesExercice, boolean equipePluriprofessionnelle,
        boolean locauxDisponibles) {
}
