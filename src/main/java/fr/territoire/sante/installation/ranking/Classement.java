package fr.territoire.sante.installation.ranking;

import java.util.List;

/**
 * The ranking of the active (non-archived) catalogue for one dossier: eligible sites best first, then
 * the excluded ones. {@code versionRegles} names the decision definition the rules came from.
 */
public record Classement(List<LieuClasse> eligibles, List<LieuClasse> exclus, String versionRegles) {

    public Classement {
        eligibles = List.copyOf(eligibles);
        exclus = List.copyOf(exclus);
    }
}
