package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.dossier.Etape;
import java.time.LocalDate;

/**
 * What the reporting table shows: each criterion is optional. {@code periode} bounds the date of the
 * request (inclusive); {@code recherche} finds a reference or a name (a reference only for readers
 * who may not see names, so that searching cannot reveal who is accompanied).
 */
public record Filtre(
        Etape etape,
        String profession,
        String origine,
        String commune,
        LocalDate du,
        LocalDate au,
        boolean enRetardSeulement,
        Ouverture ouverture,
        String recherche) {

    public enum Ouverture { TOUS, EN_COURS, CLOS }

    public static Filtre aucun() {
        return new Filtre(null, null, null, null, null, null, false, Ouverture.TOUS, null);
    }
}
