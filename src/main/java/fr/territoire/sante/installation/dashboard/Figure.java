package fr.territoire.sante.installation.dashboard;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * One figure of the dashboard: a chart, the table that carries the same data for screen readers, and
 * the CSV download. {@code series} name the value columns; each line gives one value per series.
 */
public record Figure(String id, String titre, String explication, Graphique graphique, List<String> series,
        List<Ligne> lignes) {

    /** How the page draws the figure (Chart.js chart types). */
    public enum Graphique {
        BARRES("bar"), BARRES_HORIZONTALES("bar-h"), ANNEAU("doughnut");

        private final String type;

        Graphique(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    public record Ligne(String libelle, List<Number> valeurs) {

        /** The values as French readers write them: "12,5", "–" when there is none. */
        public List<String> textes() {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
            format.setMaximumFractionDigits(1);
            return valeurs.stream().map(valeur -> valeur == null ? "–" : format.format(valeur)).toList();
        }
    }

    public boolean vide() {
        return lignes.stream().allMatch(ligne -> ligne.valeurs().stream().allMatch(v -> v == null || v.doubleValue() == 0));
    }
}
