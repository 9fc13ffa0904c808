package fr.territoire.sante.installation.consistency;

import java.time.Instant;
import java.util.List;

/**
 * The agreement check's answer: when it ran, how many dossiers it looked at, and the differences by
 * kind (only the kinds found), each with what to do and its first {@link #LISTES_AU_PLUS} cases.
 */
public record RapportCoherence(Instant controleLe, long dureeMs, long dossiersControles, long divergences,
        List<Groupe> groupes) {

    public static final int LISTES_AU_PLUS = 200;

    public boolean coherent() {
        return divergences == 0;
    }

    /** Every divergence of one kind: how many, and the first ones. */
    public record Groupe(TypeDivergence type, String libelle, String consigne, long nombre, List<Divergence> cas) {
    }
}
