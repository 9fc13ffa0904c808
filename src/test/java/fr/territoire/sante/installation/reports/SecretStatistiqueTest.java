package fr.territoire.sante.installation.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.dashboard.Figure;
import fr.territoire.sante.installation.dashboard.Figure.Graphique;
import fr.territoire.sante.installation.dashboard.Figure.Ligne;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretStatistiqueTest {

    private final SecretStatistique secret = new SecretStatistique(5);

    private static Figure unique(String id, Object... libellesEtNombres) {
        List<Ligne> lignes = new java.util.ArrayList<>();
        for (int i = 0; i < libellesEtNombres.length; i += 2) {
            lignes.add(new Ligne((String) libellesEtNombres[i], List.of((Number) libellesEtNombres[i + 1])));
        }
        return new Figure(id, "Titre", "Explication", Graphique.BARRES, List.of("Dossiers"), lignes);
    }

    private static List<String> textes(FigureRapport figure) {
        return figure.lignes().stream().map(ligne -> ligne.cellules().get(0).texte()).toList();
    }

    @Test
    void cells_3_7_12_of_a_total_22_show_less_than_5_hidden_12_so_3_cannot_be_recovered_from_22() {
        // Professions add up to the funnel's 22 requests: with 3 hidden alone, 22 - 7 - 12 would give 3 back.
        FigureRapport figure = secret.proteger(unique("professions", "Médecin", 12, "Infirmier", 7, "Kiné", 3, "Sage-femme", 0));

        assertThat(textes(figure)).containsExactly("12", "masqué", "< 5", "0");
        assertThat(figure.lignes().get(0).cellules().get(0).valeur()).isEqualTo(12.0);
        assertThat(figure.lignes().get(1).cellules().get(0).masquee()).isTrue();
    }

    @Test
    void visits_leave_out_no_visit_which_the_funnel_gives_as_matchings_done_minus_dossiers_visited() {
        // The funnel shows 30 matchings and 28 visited: a hidden "Aucune visite = 2" would be read back at once.
        FigureRapport figure = secret.proteger(unique("visites", "Aucune visite", 2, "1 visite", 10, "2 visites", 15, "3 visites ou plus", 3));

        assertThat(figure.lignes()).extracting(FigureRapport.Ligne::libelle).containsExactly("1 visite", "2 visites", "3 visites ou plus");
        assertThat(textes(figure)).containsExactly("masqué", "15", "< 5");
    }

    @Test
    void two_small_cells_already_protect_each_other() {
        FigureRapport figure = secret.proteger(unique("origines", "CPTS", 12, "Mairie", 2, "Ordre", 4, "Autre", 9));

        assertThat(textes(figure)).containsExactly("12", "< 5", "< 5", "9");
    }

    @Test
    void a_cell_printed_in_another_figure_is_never_the_second_one_hidden() {
        // "Installés" is the funnel's "Installations": hiding it would protect nothing.
        FigureRapport figure = secret.proteger(unique("issues", "En cours", 9, "Installés", 6, "Terminés sans installation", 2, "Arrêtés", 0));

        assertThat(textes(figure)).containsExactly("masqué", "6", "< 5", "0");
    }

    @Test
    void the_funnel_and_settlements_have_no_total_to_subtract_from_so_only_small_counts_are_hidden() {
        FigureRapport entonnoir = secret.proteger(unique("entonnoir", "Demandes reçues", 22, "Entretiens réalisés", 20,
                "Croisements réalisés", 4));
        Figure installations = new Figure("installations", "Installations", "…", Graphique.BARRES,
                List.of("À 3 mois", "À 6 mois", "À 12 mois"), List.of(new Ligne("Bourg (CC du Val)", List.of(1, 5, 0))));

        assertThat(textes(entonnoir)).containsExactly("22", "20", "< 5");
        assertThat(secret.proteger(installations).lignes().get(0).cellules()).extracting(FigureRapport.Cellule::texte)
                .containsExactly("< 5", "5", "0");
    }

    @Test
    void delays_measured_on_fewer_dossiers_than_the_threshold_are_hidden() {
        Figure delais = new Figure("delais", "Délais entre les étapes (en jours)", "Médiane et moyenne.", Graphique.BARRES,
                List.of("Médiane (jours)", "Moyenne (jours)", "Dossiers mesurés"), List.of(
                        new Ligne("Demande → entretien réalisé", List.of(8.5, 9.25, 6L)),
                        new Ligne("Entretien → croisement réalisé", List.of(4.0, 4.0, 3L)),
                        new Ligne("Croisement → visites", Arrays.asList(null, null, 0L))));

        FigureRapport figure = secret.proteger(delais);

        assertThat(figure.lignes().get(0).libelle()).isEqualTo("Demande → entretien réalisé");
        assertThat(figure.lignes()).extracting(ligne -> ligne.cellules().stream().map(FigureRapport.Cellule::texte).toList())
                .containsExactly(List.of("8,5", "9,2", "6"), List.of("masqué", "masqué", "< 5"), List.of("–", "–", "0"));
        assertThat(figure.seriesDessinees()).isEqualTo(2);
    }

    @Test
    void sentences_derived_from_counts_are_dropped_and_the_threshold_is_configurable() {
        Figure dixJours = new Figure("croisement-10-jours", "Croisements", "… : 83 % dans les 10 jours.", Graphique.ANNEAU,
                List.of("Croisements"), List.of(new Ligne("Dans les 10 jours", List.of(5L)), new Ligne("Au-delà", List.of(1L))));

        FigureRapport figure = secret.proteger(dixJours);
        assertThat(figure.explication()).doesNotContain("%");
        assertThat(textes(figure)).containsExactly("masqué", "< 5");
        assertThat(textes(new SecretStatistique(10).proteger(unique("entonnoir", "Demandes reçues", 9)))).containsExactly("< 10");
    }
}
