package fr.territoire.sante.installation.ranking;

import java.util.List;

/** One practice site's place in a dossier's ranking, with reasons staff can show the professional. */
public record LieuClasse(Long lieuId, String nom, String commune, String type,
        int score, boolean exclu, List<String> criteresRemplis, List<String> criteresNonRemplis,
        List<String> exclusions) {

    public LieuClasse {
        criteresRemplis = List.copyOf(criteresRemplis);
        criteresNonRemplis = List.copyOf(criteresNonRemplis);
        exclusions = List.copyOf(exclusions);
    }
}
