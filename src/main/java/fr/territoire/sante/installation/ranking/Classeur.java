package fr.territoire.sante.installation.ranking;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks sites for one professional with the decision table, engine-free. The table's answer is a pure
 * function of the facts, and sites share few distinct facts, so it is evaluated once per distinct facts:
 * a thousand sites cost a few dozen evaluations.
 */
final class Classeur {

    private Classeur() {
    }

    static Classement classer(Criteres criteres, List<LieuCatalogue> lieux, Voisinage voisinage, TableDecision regles) {
        Map<Faits, Notation> notations = new HashMap<>();
        List<LieuClasse> eligibles = new ArrayList<>();
        List<LieuClasse> exclus = new ArrayList<>();
        for (LieuCatalogue lieu : lieux) {
            Faits faits = CalculFaits.pour(criteres, lieu, voisinage);
            Notation notation = notations.computeIfAbsent(faits, f -> Notation.de(regles.appliquer(f)));
            LieuClasse classe = new LieuClasse(lieu.id(), lieu.nom(), lieu.commune(),
                    lieu.type() == null ? null : lieu.type().libelle(), notation.score(), notation.exclu(),
                    notation.remplis(), notation.nonRemplis(), notation.exclusions());
            (classe.exclu() ? exclus : eligibles).add(classe);
        }
        Comparator<LieuClasse> ordre = ordre();
        eligibles.sort(ordre);
        exclus.sort(ordre);
        return new Classement(eligibles, exclus, regles.version());
    }

    /** Best score first; on a tie, more criteria met, then names in French alphabetical order, then id. */
    private static Comparator<LieuClasse> ordre() {
        Collator francais = Collator.getInstance(Locale.FRENCH);
        francais.setStrength(Collator.SECONDARY);
        return Comparator.comparingInt(LieuClasse::score).reversed()
                .thenComparing(Comparator.comparingInt((LieuClasse l) -> l.criteresRemplis().size()).reversed())
                .thenComparing(LieuClasse::nom, Comparator.nullsLast(francais))
                .thenComparing(LieuClasse::lieuId, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
