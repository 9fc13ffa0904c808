package fr.territoire.sante.installation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.territoire.sante.installation.dossier.Dossier;
import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.DossierFigures;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.matching.Croisement;
import fr.territoire.sante.installation.matching.CroisementRepository;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The paths a real dossier takes besides the straight line: stops, re-matching, the 10-day deadline. */
@Order(2)
class AccompagnementDetoursTest extends ProcessTest {

    @Autowired
    Courriels courriels;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    CroisementRepository croisements;
    @Autowired
    DossierFigures figures;

    @Test
    void professionalStopsAfterTheInterview() {
        dossier.start().proposerRendezVous().menerEntretien(false);

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_ArretApresEntretien");
        Dossier stored = stored();
        assertThat(stored.getStatut()).isEqualTo(Statut.ARRETE);
        assertThat(stored.getEtape()).isEqualTo(Etape.CLOS);
        assertThat(stored.getMotifArret()).isEqualTo("Projet reporté pour raisons familiales");
        assertThat(stored.getClosLe()).isNotNull();
    }

    @Test
    void withdrawalDuringTheVisitsClosesEveryOpenTask() {
        reachVisits();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(dossier.instance().getId()).count()).isEqualTo(3);

        engine.getFormService().submitStartForm(definitionId(ProcessKeys.ARRET_DEMARCHE), Map.of(
                "dossierReference", dossier.reference(),
                "motifArret", "installe-ailleurs",
                "commentaireArret", "A trouvé un poste dans un autre département"));

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_DemarcheArretee");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(dossier.instance().getId()).count()).isZero();
        Dossier stored = stored();
        assertThat(stored.getStatut()).isEqualTo(Statut.ARRETE);
        assertThat(stored.getMotifArret()).isEqualTo("S'installe hors du territoire : A trouvé un poste dans un autre département");
    }

    @Test
    void withdrawalOfAnUnknownOrClosedDossierIsRefused() {
        dossier.start().proposerRendezVous().menerEntretien(false);

        assertRefused(() -> engine.getFormService().submitStartForm(definitionId(ProcessKeys.ARRET_DEMARCHE), Map.of(
                "dossierReference", "PS-1999-0001", "motifArret", "autre")), "aucun dossier ne porte la référence");
        assertRefused(() -> engine.getFormService().submitStartForm(definitionId(ProcessKeys.ARRET_DEMARCHE), Map.of(
                "dossierReference", dossier.reference(), "motifArret", "autre")), "est déjà clos");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ARRET_DEMARCHE)
                .processInstanceBusinessKey(dossier.reference()).count()).isZero();
    }

    @Test
    void professionalWhoWantsOtherSitesGoesBackToMatchingWithRevisedCriteria() {
        reachVisits();
        dossier.informerElus().rendreCompteDesVisites().menerDebriefAChaud().mettreAJourReporting()
                .fireTimer("TimerEvent_DateDebriefAFroid");
        dossier.menerDebriefAFroid("autresLieux");

        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux");
        Croisement first = croisements.findByDossierIdOrderByNumeroAsc(stored().getId()).get(0);
        Croisement second = latestRound(stored().getId());
        assertThat(first.getCriteresRevises()).isEqualTo("Élargir au sud du territoire");
        assertThat(second.getNumero()).isEqualTo(2);
        assertThat(stored().getCroisementCourantId()).as("the dossier points at the new round").isEqualTo(second.getId());
        assertThat(Duration.between(second.getOuvertLe(), second.getEcheance())).isEqualTo(Duration.ofDays(10));
        assertThat(stored().getEtape()).isEqualTo(Etape.CROISEMENT);

        dossier.croiser("Centre de santé du Moulin – Rive-Fictive").organiserVisites();
        assertThat(dossier.tasks("UserTask_RendreCompteVisite")).hasSize(1);
    }

    @Test
    void professionalWhoStopsAtTheColdDebriefClosesTheDossier() {
        reachVisits();
        dossier.informerElus().rendreCompteDesVisites().menerDebriefAChaud().mettreAJourReporting()
                .fireTimer("TimerEvent_DateDebriefAFroid");
        dossier.menerDebriefAFroid("arret");

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_ArretApresVisites");
        assertThat(stored().getStatut()).isEqualTo(Statut.ARRETE);
        assertThat(stored().getMotifArret()).isEqualTo("Choisit un autre département");
    }

    @Test
    void noMatchingSiteLeadsToRevisedCriteriaThenANewRound() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser();
        assertThat(dossier.instance()).hasPassed("EndEvent_AucunLieu").isWaitingAt("UserTask_RevoirCriteres");

        dossier.revoirCriteres(true);
        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux");
        assertThat(croisements.findByDossierIdOrderByNumeroAsc(stored().getId())).hasSize(2);
    }

    @Test
    void noMatchingSiteAndTheProfessionalStops() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser().revoirCriteres(false);

        assertThat(dossier.instance()).isEnded().hasPassed("EndEvent_ArretApresRevision");
        assertThat(stored().getStatut()).isEqualTo(Statut.ARRETE);
        assertThat(stored().getMotifArret()).isEqualTo("Ne souhaite plus chercher");
    }

    @Test
    void theTenDayDeadlinePassingAlertsCptsAndPilotageAndKeepsTheTask() throws Exception {
        envoi.envoyerEnAttente(); // what earlier tests queued goes now, not among this test's mails
        SMTP.purgeEmailFromAllMailboxes();
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        Dossier opened = stored();
        assertThat(opened.getEtape()).isEqualTo(Etape.CROISEMENT);
        assertThat(opened.isEnRetard()).isFalse();
        assertThat(dossier.timer("BoundaryEvent_DelaiCroisementDepasse").getDuedate())
                .isEqualTo(Date.from(opened.getEcheanceCroisement()));

        ClockUtil.setCurrentTime(Date.from(opened.getEcheanceCroisement().plusSeconds(60)));
        dossier.fireTimer("BoundaryEvent_DelaiCroisementDepasse");

        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux").hasPassed("EndEvent_RetardSignale");
        assertThat(stored().isEnRetard()).isTrue();
        long lateWhileLate = figures.late();
        assertThat(latestRound(opened.getId()).getRetardSignaleLe()).isNotNull();
        assertThat(courriels.parCle("croisement-en-retard-" + latestRound(opened.getId()).getId() + "-"))
                .as("queued with the step, one per address").hasSize(3);
        envoi.envoyerEnAttente();
        assertThat(SMTP.waitForIncomingEmail(5_000, 3)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(inbox("cpts1@exemple.invalid")).hasSize(1);
        assertThat(inbox("pilotage1@exemple.invalid")).hasSize(1);
        assertThat(inbox("pilotage-test@exemple.invalid")).hasSize(1);
        assertThat(inbox("cls1@exemple.invalid")).isEmpty();
        assertThat(received[0].getSubject()).contains("Croisement en retard").contains(dossier.reference());
        assertThat(received[0].getContent().toString()).contains(dossier.reference()).doesNotContain("Fictive")
                .as("the delay of accompagnement.croisement.delai, which the timer's due date comes from")
                .contains("(10 jours après l'entretien")
                .as("the Tasklist link of accompagnement.mail.lien-tasklist").contains("/camunda/app/tasklist/");

        dossier.croiser("Maison de santé des Tilleuls – Bourg-Fictif").organiserVisites();
        assertThat(stored().isEnRetard()).as("lateness cleared once the visits are organised").isFalse();
        assertThat(figures.late()).as("the dossier no longer counts among the late ones").isEqualTo(lateWhileLate - 1);
    }

    private void reachVisits() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Maison de santé des Tilleuls – Bourg-Fictif", "Cabinet du Lac – Val-Imaginaire")
                .organiserVisites();
    }

    /** Mail delivered to one address (the alert goes out in blind copy). */
    private java.util.List<?> inbox(String address) throws Exception {
        var user = SMTP.getUserManager().getUserByEmail(address);
        return user == null ? java.util.List.of()
                : SMTP.getManagers().getImapHostManager().getInbox(user).getMessages();
    }

    private String definitionId(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
    }

    static void assertRefused(Runnable submission, String message) {
        org.assertj.core.api.Assertions.assertThatThrownBy(submission::run)
                .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                .hasMessageContaining(message);
    }

    private Croisement latestRound(Long dossierId) {
        List<Croisement> rounds = croisements.findByDossierIdOrderByNumeroAsc(dossierId);
        assertThat(rounds).isNotEmpty();
        return rounds.get(rounds.size() - 1);
    }

    private Dossier stored() {
        return dossiers.findByReference(dossier.reference()).orElseThrow();
    }
}
