package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.dashboard.Figure;
import fr.territoire.sante.installation.reports.FigureRapport.Cellule;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Small-count suppression for the reports sent outside (élus, partners): no cell may single out a person.
 * <ul>
 * <li>Primary: a count from 1 to threshold − 1 is shown as "&lt; 5". Zero stays 0: it points at nobody.</li>
 * <li>Secondary: in a figure whose cells add up to a total shown elsewhere (the funnel's lines, the
 * measured count of the delays), a single hidden cell could be recovered by subtraction, so the smallest
 * other non-zero cell is hidden too; cells whose value is printed in another figure (the funnel's
 * "Installations" in the outcomes) are never chosen, as hiding them would protect nothing.</li>
 * <li>Delays: a median or mean computed on fewer dossiers than the threshold is hidden ("masqué").</li>
 * <li>Sentences with figures computed from the counts (share within 10 days, mean visits) are dropped:
 * they would give the hidden cells back.</li>
 * </ul>
 * Differences between two lines of the funnel (a stage reached by 3 fewer dossiers than the previous
 * one) stay readable: they are the funnel itself. No hidden cell is such a difference ("Aucune visite",
 * which is one, is left out of the visits figure), so none can be read back from the funnel.
 */
final class SecretStatistique {

    static final String MASQUE = "masqué";

    /** Figures whose single series partitions a total the report shows elsewhere. */
    private static final Set<String> PARTITIONS = Set.of("professions", "origines", "communes", "issues", "visites",
            "croisement-10-jours");
    /** Cells also printed in another figure: not candidates for secondary suppression. */
    private static final Map<String, Set<String>> CONNUES_AILLEURS = Map.of("issues", Set.of("Installés"));
    /** Rows equal to the difference of two funnel lines (see sansLignesDeduites). */
    private static final Map<String, Set<String>> LIGNES_DEDUITES = Map.of("visites", Set.of("Aucune visite"));
    /** Explanations without the numbers derived from the counts. */
    private static final Map<String, String> EXPLICATIONS = Map.of(
            "croisement-10-jours", "Le protocole demande le croisement dans les 10 jours suivant l'entretien.",
            "visites", "Nombre de lieux visités par dossier, parmi les dossiers visités (ceux dont le croisement n'a mené à "
                    + "aucune visite se lisent dans l'entonnoir).");
    private static final String DELAIS = "delais";

    private final int seuil;

    SecretStatistique(int seuil) {
        if (seuil < 1) {
            throw new IllegalArgumentException("seuil must be at least 1");
        }
        this.seuil = seuil;
    }

    int seuil() {
        return seuil;
    }

    String petitEffectif() {
        return "< " + seuil;
    }

    List<FigureRapport> proteger(List<Figure> figures) {
        return figures.stream().map(this::proteger).toList();
    }

    FigureRapport proteger(Figure figure) {
        if (DELAIS.equals(figure.id())) {
            return delais(figure);
        }
        figure = sansLignesDeduites(figure);
        List<FigureRapport.Ligne> lignes = new ArrayList<>();
        for (Figure.Ligne ligne : figure.lignes()) {
            lignes.add(new FigureRapport.Ligne(ligne.libelle(), ligne.valeurs().stream().map(this::compte).toList()));
        }
        if (PARTITIONS.contains(figure.id())) {
            lignes = secondaire(lignes, figure, CONNUES_AILLEURS.getOrDefault(figure.id(), Set.of()));
        }
        return new FigureRapport(figure.id(), figure.titre(), EXPLICATIONS.getOrDefault(figure.id(), figure.explication()),
                figure.series(), figure.series().size(), lignes);
    }

    /**
     * Rows that are the difference of two funnel lines, so that hiding them would hide nothing: "Aucune
     * visite" is the matchings done minus the dossiers visited. Left out of the report; the funnel says it.
     */
    private static Figure sansLignesDeduites(Figure figure) {
        Set<String> deduites = LIGNES_DEDUITES.getOrDefault(figure.id(), Set.of());
        if (deduites.isEmpty()) {
            return figure;
        }
        return new Figure(figure.id(), figure.titre(), figure.explication(), figure.graphique(), figure.series(),
                figure.lignes().stream().filter(ligne -> !deduites.contains(ligne.libelle())).toList());
    }

    private Cellule compte(Number valeur) {
        if (valeur == null) {
            return new Cellule("–", null);
        }
        long nombre = valeur.longValue();
        return nombre > 0 && nombre < seuil ? new Cellule(petitEffectif(), null) : new Cellule(format(nombre), (double) nombre);
    }

    /** One series: if exactly one cell is hidden, hide the smallest other non-zero cell not known elsewhere. */
    private List<FigureRapport.Ligne> secondaire(List<FigureRapport.Ligne> lignes, Figure figure, Set<String> connues) {
        long masquees = lignes.stream().filter(ligne -> ligne.cellules().get(0).masquee()).count();
        if (masquees != 1) {
            return lignes;
        }
        return IntStream.range(0, lignes.size())
                .filter(i -> !lignes.get(i).cellules().get(0).masquee() && lignes.get(i).cellules().get(0).valeur() > 0)
                .filter(i -> !connues.contains(figure.lignes().get(i).libelle()))
                .boxed().min(Comparator.<Integer>comparingDouble(i -> lignes.get(i).cellules().get(0).valeur())
                        .thenComparing(Comparator.reverseOrder()))
                .map(choisie -> {
                    List<FigureRapport.Ligne> copie = new ArrayList<>(lignes);
                    copie.set(choisie, new FigureRapport.Ligne(lignes.get(choisie).libelle(), List.of(new Cellule(MASQUE, null))));
                    return (List<FigureRapport.Ligne>) copie;
                })
                .orElse(lignes);
    }

    /** Delays: [median, mean, measured count]; days hidden when measured on too few dossiers. */
    private FigureRapport delais(Figure figure) {
        List<FigureRapport.Ligne> lignes = new ArrayList<>();
        for (Figure.Ligne ligne : figure.lignes()) {
            Number nombre = ligne.valeurs().get(2);
            boolean tropPeu = nombre == null || nombre.longValue() < seuil;
            Cellule mediane = tropPeu ? jours(null, nombre) : jours(ligne.valeurs().get(0), nombre);
            Cellule moyenne = tropPeu ? jours(null, nombre) : jours(ligne.valeurs().get(1), nombre);
            lignes.add(new FigureRapport.Ligne(ligne.libelle(), List.of(mediane, moyenne, compte(nombre))));
        }
        return new FigureRapport(figure.id(), figure.titre(), figure.explication()
                + " Délais masqués quand moins de " + seuil + " dossiers sont mesurés.", figure.series(), 2, lignes);
    }

    private static Cellule jours(Number valeur, Number nombre) {
        if (valeur == null) {
            return new Cellule(nombre == null || nombre.longValue() == 0 ? "–" : MASQUE, null);
        }
        return new Cellule(format(valeur), valeur.doubleValue());
    }

    private static String format(Number valeur) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(valeur);
    }
}
