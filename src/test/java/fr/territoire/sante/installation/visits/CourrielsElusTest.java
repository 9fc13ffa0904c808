package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.catalogue.EluAInformer;
import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The élus e-mails' rules that need no engine: the check of a submission, the wording, the keys. */
class CourrielsElusTest {

    private static final Map<String, List<String>> PREPARES = new LinkedHashMap<>(Map.of(
            "Saint-Aubin-des-Prés", List.of("maire@saint-aubin.invalid"),
            "Val-de-Lisière", List.of("maire@val.invalid")));

    @Test
    void eachPreparedCommuneOnceIsAccepted() {
        assertThat(CourrielsElus.verifier(PREPARES, List.of(
                new CourrielsElus.Saisie("Val-de-Lisière", "Objet", "Message"),
                new CourrielsElus.Saisie("saint aubin des pres", "Objet", "Message")))).isEmpty();
    }

    @Test
    void anUnknownCommuneADoubleAndAMissingOneAreNamedInFrench() {
        assertThat(CourrielsElus.verifier(PREPARES, List.of(
                new CourrielsElus.Saisie("Saint-Aubin-des-Prés", "Objet", "Message"),
                new CourrielsElus.Saisie("Saint-Aubin-des-Prés", "Objet", "Message"),
                new CourrielsElus.Saisie("Ailleurs", "Objet", "Message"),
                new CourrielsElus.Saisie(null, "Objet", "Message"))))
                .containsExactly("la commune « Saint-Aubin-des-Prés » a deux courriels",
                        "la commune « Ailleurs » n'a pas de courriel préparé (aucune visite prévue ou aucun élu connu)",
                        "un courriel n'indique pas sa commune",
                        "le courriel préparé pour « Val-de-Lisière » manque");
    }

    @Test
    void nothingPreparedAcceptsNothingSubmittedOnly() {
        assertThat(CourrielsElus.verifier(Map.of(), List.of())).isEmpty();
        assertThat(CourrielsElus.verifier(Map.of(), List.of(new CourrielsElus.Saisie("Val", "O", "M")))).hasSize(1);
    }

    @Test
    void theOutboxKeyIsTheRoundAndTheCommuneWithoutAccentsNorCase() {
        assertThat(CourrielsElus.cle(12L, 34L, " Saint-Aubin-des-Prés ")).isEqualTo("elus-12-34-saint-aubin-des-pres");
        assertThat(CourrielsElus.cle(12L, 34L, "SAINT AUBIN DES PRES")).isEqualTo(CourrielsElus.cle(12L, 34L, "Saint-Aubin-des-Prés"));
    }

    @Test
    void theMessageSaysTheProfessionTheVisitsAndWhoAttendsButNoName() {
        LocalDate jour = LocalDate.of(2026, 3, 12);
        VisitePlanifiee visite = new VisitePlanifiee(1L, 2L, 3L, 4L, "Maison de santé des Tilleuls", "Bourg-Fictif",
                "uid@test", Calendrier.maintenant(), "cpts1");
        visite.horaires(Calendrier.le(jour, LocalTime.of(9, 0)), Calendrier.le(jour, LocalTime.of(10, 30)));
        visite.presents("Amélie", "Camille\nDamien", null, "M. le maire");

        assertThat(RedactionCourrielElus.objet("Bourg-Fictif", List.of(visite)))
                .isEqualTo("Visite d'un lieu d'exercice à Bourg-Fictif le jeudi 12 mars 2026");
        assertThat(RedactionCourrielElus.message("Bourg-Fictif", List.of(visite), "Infirmier", null)).contains(
                "accompagnent un(e) infirmier envisageant de s'installer",
                "- le jeudi 12 mars 2026 de 9 h 00 à 10 h 30 : Maison de santé des Tilleuls",
                "  Pour le CLS : Amélie", "  Pour la CPTS : Camille, Damien", "  Élus invités : M. le maire",
                "La chargée de mission du Contrat local de santé").doesNotContain("Pour le lieu");
        assertThat(RedactionCourrielElus.professionnel(null)).isEqualTo("un(e) professionnel(le) de santé");
    }

    @Test
    void theRecipientsShowNameFunctionAndAddress() {
        BrouillonCourrielElus brouillon = new BrouillonCourrielElus("Val", List.of(
                new EluAInformer("Marc Maire", "Maire", "maire@val.invalid"), new EluAInformer("", null, "mairie@val.invalid")),
                "Objet", "Message");

        assertThat(brouillon.destinatairesAffiches()).isEqualTo("Marc Maire (Maire) <maire@val.invalid>\n<mairie@val.invalid>");
        assertThat(brouillon.adresses()).containsExactly("maire@val.invalid", "mairie@val.invalid");
    }

    @Test
    void theJournalSaysCountsAndMeansOnly() {
        assertThat(InformationElusListener.description(2, null)).isEqualTo("Élus informés : courriel aux élus de 2 commune(s)");
        assertThat(InformationElusListener.description(0, "Téléphone")).isEqualTo("Élus informés : autre moyen : Téléphone");
        assertThat(InformationElusListener.description(1, "SMS"))
                .isEqualTo("Élus informés : courriel aux élus de 1 commune(s) ; autre moyen : SMS");
    }
}
