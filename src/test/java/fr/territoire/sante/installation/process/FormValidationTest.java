package fr.territoire.sante.installation.process;

import static fr.territoire.sante.installation.process.AccompagnementDetoursTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.territoire.sante.installation.dossier.DossierRepository;
import fr.territoire.sante.installation.interview.EntretienRepository;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input is refused with a clear French message, the task stays open and nothing is half-written. */
@Order(3)
@ExtendWith(OutputCaptureExtension.class)
class FormValidationTest extends ProcessTest {

    @Autowired
    DossierRepository dossiers;
    @Autowired
    EntretienRepository entretiens;

    @Test
    void personalDataNeverReachesTheLogs(CapturedOutput output) {
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("email", "adresse.secrete@");
        assertRefused(() -> dossier.start(demande), "« Adresse e-mail »");
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerEnvironnement();

        assertThat(output.getAll()).doesNotContain("adresse.secrete", "jeanne.fictive", "Fictive", "06 12 34 56 78",
                "deux enfants", "Maison à louer", "Conjoint enseignant");
    }

    @Test
    void aRequestWithAMalformedEmailAndPhoneCreatesNothing() {
        long dossiersBefore = dossiers.count();
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
        Map<String, Object> demande = DossierDriver.demande();
        demande.put("email", "jeanne.fictive@");
        demande.put("telephone", "12345");
        demande.put("consentement", false);

        assertRefused(() -> dossier.start(demande), "« Adresse e-mail » n'est pas une adresse e-mail valide");
        assertRefused(() -> dossier.start(demande), "« Téléphone » n'a pas le format attendu (Format : 06 12 34 56 78");
        assertRefused(() -> dossier.start(demande), "doit être coché");

        assertThat(dossiers.count()).isEqualTo(dossiersBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void anInterviewAppointmentInThePastIsRefused() {
        dossier.start();
        assertRefused(() -> dossier.submit("UserTask_ProposerRendezVous", Map.of(
                "dateEntretien", "2020-01-06T10:00", "lieuEntretien", "Locaux de la CPTS")),
                "« Date de l'entretien » doit être dans le futur");

        assertThat(dossier.instance()).isWaitingAt("UserTask_ProposerRendezVous");
        assertThat(entretiens.findByDossierId(dossierId())).isEmpty();
    }

    @Test
    void anInterviewWithoutMotivationsIsRefusedAndTheTaskStays() {
        dossier.start().proposerRendezVous();
        assertRefused(() -> dossier.submit("UserTask_MenerEntretien", Map.of(
                "calendrier", "court", "disponibilitesVisites", "Lundi", "suiteEntretien", "poursuite")),
                "« Motivations du professionnel » est obligatoire");

        assertThat(dossier.instance()).isWaitingAt("UserTask_MenerEntretien");
        assertThat(entretiens.findByDossierId(dossierId()).orElseThrow().getMotivations()).isNull();
    }

    @Test
    void stoppingWithoutAReasonIsRefused() {
        dossier.start().proposerRendezVous();
        assertRefused(() -> dossier.submit("UserTask_MenerEntretien", Map.of(
                "motivations", "m", "calendrier", "court", "disponibilitesVisites", "Lundi", "suiteEntretien", "arret")),
                "« Motif de l'arrêt » est obligatoire");
        assertThat(dossier.instance()).isWaitingAt("UserTask_MenerEntretien");
    }

    @Test
    void completingATaskWithoutItsFormIsRefusedToo() {
        dossier.start();
        String taskId = dossier.tasks("UserTask_ProposerRendezVous").get(0).getId();

        assertRefused(() -> engine.getTaskService().complete(taskId), "« Date de l'entretien » est obligatoire");
        assertThat(dossier.instance()).isWaitingAt("UserTask_ProposerRendezVous");
    }

    @Test
    void matchingThatFindsSitesMustNameThem() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement();
        Map<String, Object> values = new HashMap<>(Map.of("criteresRetenus", "MSP", "lieuxTrouves", "oui", "lieuxAContacter", "[]"));
        assertRefused(() -> dossier.submit("UserTask_CroiserBesoinsLieux", values), "« Lieux à contacter » : cochez au moins un lieu");
        assertThat(dossier.instance()).isWaitingAt("UserTask_CroiserBesoinsLieux");
    }

    @Test
    void organisingVisitsWithoutAPlannedVisitIsRefusedAndNamesTheDossierPage() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Cabinet du Lac – Val-Imaginaire");
        assertRefused(() -> dossier.submit("UserTask_OrganiserVisites", Map.of("visitesPlanifiees", true, "commentaire", "")),
                "aucune visite n'est planifiée pour le dossier " + dossier.reference()
                + " : planifiez-les dans la section « Visites planifiées » de la fiche du dossier (/dossiers/" + dossier.reference()
                + "#visites-planifiees)");
        assertThat(dossier.instance()).isWaitingAt("UserTask_OrganiserVisites");
    }

    @Test
    void aColdDebriefInThePastAndAnUnknownChoiceAreRefused() {
        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser("Cabinet du Lac – Val-Imaginaire").organiserVisites().informerElus().rendreCompteDesVisites();
        assertRefused(() -> dossier.submit("UserTask_MenerDebriefAChaud", Map.of(
                "ressenti", "r", "attentes", "a", "dateDebriefFroid", "2020-01-01T10:00", "modaliteDebriefFroid", "pigeon")),
                "« Rendez-vous du débrief à distance » doit être dans le futur ; « Modalité du débrief à distance » : valeur non reconnue");
        assertThat(dossier.instance()).isWaitingAt("UserTask_MenerDebriefAChaud");
    }

    private Long dossierId() {
        return dossiers.findByReference(dossier.reference()).orElseThrow().getId();
    }
}
