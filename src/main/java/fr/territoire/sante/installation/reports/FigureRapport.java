package fr.territoire.sante.installation.reports;

import java.util.List;

/**
 * A dashboard figure once protected for a report: every cell is already the text readers see ("12",
 * "< 5", "masqué"), with the number kept only where it is shown, for the bar chart and the XLSX.
 * {@code seriesDessinees} is how many leading series the chart draws (delays draw days, not the count).
 */
public record FigureRapport(String id, String titre, String explication, List<String> series, int seriesDessinees,
        List<Ligne> lignes) {

    public record Ligne(String libelle, List<Cellule> cellules) {
    }

    /** A shown value ({@code valeur} set) or a hidden one ({@code valeur} null, {@code texte} says why). */
    public record Cellule(String texte, Double valeur) {

        public boolean masquee() {
            return valeur == null;
        }
    }

    /** The largest shown value among the drawn series: the chart's 100 %. */
    public double maximum() {
        return lignes.stream().flatMap(ligne -> ligne.cellules().subList(0, seriesDessinees).stream())
                .filter(cellule -> cellule.valeur() != null).mapToDouble(Cellule::valeur).max().orElse(0);
    }

    /** A drawn cell's bar width in percent of the largest (0 when hidden or nothing to draw). */
    public long largeur(Cellule cellule) {
        double maximum = maximum();
        return cellule.valeur() == null || maximum <= 0 ? 0 : Math.round(100 * cellule.valeur() / maximum);
    }
}
