package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.signin.Lecteur;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dossier page's visits as the CLS reads them: planned, moved, then past once their end has gone by. */
class VisitesFicheTest extends ProcessTest {

    private static final Lecteur CLS = new Lecteur(TestStaff.CLS, Set.of(Groups.CLS));

    @Autowired
    VisitesFiche fiches;

    @Test
    void aVisitReadsPlannedThenPastOnceItsEndHasGoneBy() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif");
        String reference = dossier.reference();
        LocalDate jour = LocalDate.now(Calendrier.FUSEAU).plusDays(3);
        String lieu = String.valueOf(planningVisites.lieuxProposes(planningVisites.dossier(reference)).get(0).getId());
        VisitePlanifiee visite = planningVisites.planifier(reference,
                new SaisieVisite(lieu, jour.toString(), "9:00", "10:00", null, null, null, null), TestStaff.CLS).visite();
        assertThat(statut(reference)).isEqualTo("Prévue");

        planningVisites.deplacer(reference, visite.getId(), SaisieVisite.deplacement(jour.plusDays(1).toString(), "9:00", "10:00"),
                TestStaff.CLS);
        assertThat(statut(reference)).isEqualTo("Prévue (déplacée)");

        ClockUtil.setCurrentTime(Date.from(Calendrier.le(jour.plusDays(1), LocalTime.of(10, 0)).plus(Duration.ofMinutes(1))));
        assertThat(statut(reference)).isEqualTo("Passée (déplacée)");
    }

    private String statut(String reference) {
        return fiches.vue(reference, CLS).visites().get(0).statut();
    }
}
