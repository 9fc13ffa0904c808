package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The visit form's checks, without an engine: each refusal names its field in French. */
class SaisieVisiteTest {

    private static final String DEMAIN = LocalDate.now(Calendrier.FUSEAU).plusDays(1).toString();

    @Test
    void aCompleteVisitPassesInParisTime() {
        SaisieVisite saisie = new SaisieVisite("12", DEMAIN, "9:05", "10h30", "Claire", null, null, null);

        assertThat(saisie.erreurs()).isEmpty();
        assertThat(saisie.lieuPropose()).isEqualTo(12L);
        ZonedDateTime debut = saisie.creneau().debut().atZone(Calendrier.FUSEAU);
        assertThat(debut.toLocalDate()).hasToString(DEMAIN);
        assertThat(debut.getHour()).isEqualTo(9);
        assertThat(saisie.creneau().fin().atZone(Calendrier.FUSEAU).getMinute()).isEqualTo(30);
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(SaisieVisite.vide().erreurs()).extracting(Object::toString).containsExactly(
                "« Lieu visité » : choisissez un des lieux proposés par le croisement.",
                "« Date de la visite » : obligatoire.",
                "« Heure de début » : obligatoire.",
                "« Heure de fin » : obligatoire.");
    }

    @Test
    void aPastDayAnUnreadableTimeAndAnEndBeforeTheStartAreRefused() {
        String hier = LocalDate.now(Calendrier.FUSEAU).minusDays(1).toString();
        assertThat(new SaisieVisite("x", hier, "midi", "10:00", null, null, null, null).erreurs()).extracting(SaisieVisite.Erreur::champ)
                .containsExactly("lieuProposeId", "jour", "debut");
        assertThat(SaisieVisite.deplacement(DEMAIN, "10:00", "10:00").erreursCreneau()).extracting(Object::toString)
                .containsExactly("« Heure de fin » : après l'heure de début.");
        assertThat(SaisieVisite.deplacement("31/02/2026", "10:00", "11:00").erreursCreneau()).extracting(Object::toString)
                .containsExactly("« Date de la visite » : une date au format jj/mm/aaaa.");
    }

    @Test
    void attendeesAreLimitedInLength() {
        String long501 = "a".repeat(501);
        assertThat(new SaisieVisite("1", DEMAIN, "9:00", "10:00", long501, null, null, long501).erreurs())
                .extracting(SaisieVisite.Erreur::champ).containsExactly("presentsCls", "elusInvites");
    }
}
