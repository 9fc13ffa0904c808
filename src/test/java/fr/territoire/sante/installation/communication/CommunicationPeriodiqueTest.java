package fr.territoire.sante.installation.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.reports.RapportPeriodique;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stage F through the real diagram: each audience's timer, the report of the period that just ended,
 * the task for the group responsible; the CLS or the CPTS sends it, e-mails reach a real SMTP server.
 * The timers' first firings are checked first (they move on once fired).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunicationPeriodiqueTest extends ProcessTest {

    static final String TACHE = "UserTask_RelireEnvoyerRapport";

    @Autowired
    RapportsPeriodiques rapports;
    @Autowired
    DestinatairesRapport destinataires;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    Courriels outbox;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sansDestinataire() {
        jdbc.update("delete from destinataire_rapport");
    }

    /**
     * The timers fire in 2027 (the engine's clock is moved to their due dates), so their reports would
     * be the « latest » for every later test sharing this database: they are removed once checked.
     */
    @AfterEach
    void sansRapportDuFutur() {
        jdbc.update("delete from rapport_periodique where produit_le > ?", Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ELUS_REFERENTS,    StartEvent_ElusReferents,    R/2027-01-05T08:00:00+01:00/P3M, 2026-10-01, 2026-12-31, cls,  2027-04-05T08:00:00+01:00",
            "COPIL_CLS,         StartEvent_CopilCls,         R/2027-01-12T08:00:00+01:00/P1Y, 2026-01-01, 2026-12-31, cls,  2028-01-12T08:00:00+01:00",
            "CONFERENCE_MAIRES, StartEvent_ConferenceMaires, R/2027-01-19T08:00:00+01:00/P1Y, 2026-01-01, 2026-12-31, cls,  2028-01-19T08:00:00+01:00",
            "POLES_SANTE,       StartEvent_PolesSante,       R/2027-01-06T08:00:00+01:00/P3M, 2026-10-01, 2026-12-31, cpts, 2027-04-06T08:00:00+01:00",
            "CDOM,              StartEvent_Cdom,             R/2027-01-13T08:00:00+01:00/P6M, 2026-07-01, 2026-12-31, cpts, 2027-07-13T08:00:00+01:00",
            "CPAM_ARS,          StartEvent_CpamArs,          R/2027-01-08T08:00:00+01:00/P3M, 2026-10-01, 2026-12-31, cpts, 2027-04-08T08:00:00+01:00"})
    void eachAudiencesTimerProducesThePreviousPeriodsReportAndATaskForItsGroup(Audience audience, String depart, String cycle,
            LocalDate du, LocalDate au, String groupe, OffsetDateTime suivant) {
        assertThat(cycle(depart)).isEqualTo(cycle);
        Job minuterie = minuterie(depart);
        assertThat(minuterie.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse(cycle.split("/")[1]).toInstant()));

        ProcessInstance instance = declencher(depart);

        RapportPeriodique rapport = rapport(instance);
        assertThat(rapport.getAudience()).isEqualTo(audience);
        assertThat(rapport.getDu()).isEqualTo(du);
        assertThat(rapport.getAu()).isEqualTo(au);
        assertThat(rapport.getEnvoyeLe()).isNull();
        Task tache = tache(instance);
        assertThat(groupes(tache)).containsExactly(groupe);
        assertThat(tache.getName()).startsWith("Relire et envoyer le rapport – " + audience.libelle() + " – ");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "rapportTitre"))
                .isEqualTo(RapportADiffuserListener.titre(rapport));
        // The timer is due again one rhythm later.
        assertThat(minuterie(depart).getDuedate()).isEqualTo(Date.from(suivant.toInstant()));
    }

    @Order(2)
    @Test
    void theClsReadsTheElusQuarterlyReportAddsAWordAndSendsItToEachActiveRecipient() throws Exception {
        ajouter(Audience.ELUS_REFERENTS, "Mme Adèle Fictif", "adele.fictif@exemple.invalid");
        ajouter(Audience.ELUS_REFERENTS, "M. Bruno Imaginaire", "bruno.imaginaire@exemple.invalid");
        long inactif = ajouter(Audience.ELUS_REFERENTS, "Mme Ancienne Élue", "ancienne@exemple.invalid");
        destinataires.activer(inactif, false, TestStaff.CLS);
        ajouter(Audience.COPIL_CLS, "Copil", "copil@exemple.invalid");

        ProcessInstance instance = declencher("StartEvent_ElusReferents");
        RapportPeriodique rapport = rapport(instance);
        assertThat(rapport.getDu()).as("second firing: the first quarter of 2027").isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(rapport.getAu()).isEqualTo(LocalDate.of(2027, 3, 31));

        envoyer(tache(instance), "Trois installations ce trimestre.", true);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(envoi.envoyerEnAttente()).isEqualTo(2);
        for (String adresse : List.of("adele.fictif@exemple.invalid", "bruno.imaginaire@exemple.invalid")) {
            MimeMessage recu = recu(adresse);
            assertThat(recu.getSubject()).contains("Élus référents santé").contains("1er trimestre 2027");
            assertThat(recu.getRecipients(Message.RecipientType.TO)).hasSize(1);
            String texte = texte(recu);
            assertThat(texte).contains("du 01/01/2027 au 31/03/2027").contains("Trois installations ce trimestre.");
            assertThat(contenus(recu)).as("a PDF then an XLSX (zip)").containsExactly("%PDF", "PK\u0003\u0004");
            assertThat(pieces(recu)).containsExactlyInAnyOrder(
                    "rapport-elus-referents-2027-01-01-2027-03-31.pdf application/pdf",
                    "rapport-elus-referents-2027-01-01-2027-03-31.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        assertThat(SMTP.getUserManager().getUserByEmail("ancienne@exemple.invalid")).as("deactivated").isNull();
        assertThat(SMTP.getUserManager().getUserByEmail("copil@exemple.invalid")).as("another audience").isNull();

        RapportPeriodique envoye = rapports.trouver(rapport.getId()).orElseThrow();
        assertThat(envoye.getCommentaire()).isEqualTo("Trois installations ce trimestre.");
        assertThat(envoye.getEnvoyeLe()).isNotNull();
        assertThat(envoye.getEnvoyePar()).isEqualTo(TestStaff.CLS);
        assertThat(envoye.getDestinataires()).as("by name").isEqualTo("bruno.imaginaire@exemple.invalid, adele.fictif@exemple.invalid");

        // Sending again (e.g. the same report from /rapports) sends nothing twice.
        assertThat(context.getBean(EnvoiRapports.class).envoyer(rapport.getId(), null, TestStaff.CLS)).isZero();
        assertThat(outbox.parCle("rapport-" + rapport.getId() + "-")).hasSize(2);
    }

    @Order(3)
    @Test
    void withoutActiveRecipientOrWithoutTheBoxTickedNothingIsSentAndTheTaskStays() {
        ajouter(Audience.ELUS_REFERENTS, "Mme Élue Ailleurs", "ailleurs@exemple.invalid");
        ProcessInstance instance = declencher("StartEvent_Cdom");
        Task tache = tache(instance);
        RapportPeriodique rapport = rapport(instance);

        assertThatThrownBy(() -> envoyer(tache, "Un mot", true))
                .as("the CDOM's report is the CPTS's task, not the CLS's")
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> envoyer(tache, "Un mot", true, TestStaff.CPTS, Groups.CPTS))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("aucun destinataire actif pour « " + Audience.CDOM.libelle() + " »")
                .hasMessageContaining("/rapports/destinataires");

        ajouter(Audience.CDOM, "Dr Camille Songe", "cdom@exemple.invalid");
        assertThatThrownBy(() -> envoyer(tache, "Un mot", false, TestStaff.CPTS, Groups.CPTS))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("« Envoyer le rapport aux destinataires » doit être coché");

        assertThat(tache(instance).getId()).isEqualTo(tache.getId());
        assertThat(outbox.parCle("rapport-" + rapport.getId() + "-")).isEmpty();
        assertThat(rapports.trouver(rapport.getId()).orElseThrow().getEnvoyeLe()).isNull();

        envoyer(tache, "", true, TestStaff.CPTS, Groups.CPTS);
        assertThat(outbox.parCle("rapport-" + rapport.getId() + "-")).hasSize(1);
        assertThat(rapports.trouver(rapport.getId()).orElseThrow().getCommentaire()).isNull();
    }

    @Order(4)
    @Test
    void aReportMadeOnDemandIsSentThroughTheSameTaskOfItsGroup() {
        ajouter(Audience.POLES_SANTE, "Coordination des pôles", "poles@exemple.invalid");
        RapportPeriodique rapport = rapports.produire(Audience.POLES_SANTE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), TestStaff.CPTS);

        ProcessInstance instance = engine.getRuntimeService().createMessageCorrelation(DiffusionRapportController.MESSAGE)
                .processInstanceBusinessKey(CommunicationVariables.cleMetier(rapport.getId()))
                .setVariable("rapportId", rapport.getId()).correlateStartMessage();

        Task tache = tache(instance);
        assertThat(groupes(tache)).containsExactly(Groups.CPTS);
        assertThat(tache.getName()).endsWith("Pôles santé – du 01/03/2026 au 31/05/2026");
        envoyer(tache, "Point de mi-année.", true, TestStaff.CPTS, Groups.CPTS);
        assertThat(rapports.trouver(rapport.getId()).orElseThrow().getEnvoyePar()).isEqualTo(TestStaff.CPTS);
        assertThat(outbox.parCle("rapport-" + rapport.getId() + "-")).hasSize(1);
    }

    @Order(5)
    @Test
    void anUnknownReportOpensNoTask() {
        assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(DiffusionRapportController.MESSAGE)
                .setVariable("rapportId", 999_999L).correlateStartMessage())
                .isInstanceOf(RapportIntrouvable.class);
    }

    private long ajouter(Audience audience, String nom, String email) {
        DestinatairesRapport.Enregistrement enregistrement =
                destinataires.ajouter(new SaisieDestinataire(audience.name(), nom, "Organisme fictif", email), TestStaff.CLS);
        assertThat(enregistrement.erreurs()).isEmpty();
        return enregistrement.id();
    }

    private String cycle(String depart) {
        StartEvent start = engine.getRepositoryService().getBpmnModelInstance(definitionId()).getModelElementById(depart);
        assertThat(start).as(depart).isNotNull();
        return start.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(d -> ((TimerEventDefinition) d).getTimeCycle().getTextContent()).findFirst().orElseThrow();
    }

    private String definitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.COMMUNICATION)
                .latestVersion().singleResult().getId();
    }

    private Job minuterie(String depart) {
        // Each audience's timer is in its own lane (a process of its own): Camunda 7 allows one timer start per process.
        return engine.getManagementService().createJobQuery().activityId(depart).timers().singleResult();
    }

    /** Fires the timer at its due time, as the job executor would; returns the instance it started. */
    private ProcessInstance declencher(String depart) {
        Job minuterie = minuterie(depart);
        ClockUtil.setCurrentTime(minuterie.getDuedate());
        List<String> avant = instances();
        engine.getManagementService().executeJob(minuterie.getId());
        List<String> apres = new ArrayList<>(instances());
        apres.removeAll(avant);
        assertThat(apres).as("one instance started by " + depart).hasSize(1);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(apres.get(0)).singleResult();
    }

    private List<String> instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.COMMUNICATION).list()
                .stream().map(ProcessInstance::getId).toList();
    }

    private RapportPeriodique rapport(ProcessInstance instance) {
        Long id = CommunicationVariables.rapportDe(instance.getBusinessKey());
        assertThat(id).as("business key " + instance.getBusinessKey()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "rapportId")).isEqualTo(id);
        return rapports.trouver(id).orElseThrow();
    }

    private Task tache(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TACHE).singleResult();
    }

    private List<String> groupes(Task tache) {
        return engine.getTaskService().getIdentityLinksForTask(tache.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    private void envoyer(Task tache, String commentaire, boolean envoyer) {
        envoyer(tache, commentaire, envoyer, TestStaff.CLS, Groups.CLS);
    }

    /** Submits the task's form as a member of the group (authorizations checked, as in Tasklist). */
    private void envoyer(Task tache, String commentaire, boolean envoyer, String utilisateur, String groupe) {
        Map<String, Object> valeurs = new HashMap<>();
        valeurs.put("commentaire", commentaire);
        valeurs.put("envoyerRapport", envoyer);
        engine.getIdentityService().setAuthentication(utilisateur, List.of(groupe));
        try {
            engine.getFormService().submitTaskForm(tache.getId(), valeurs);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static MimeMessage recu(String adresse) throws Exception {
        GreenMailUser destinataire = SMTP.getUserManager().getUserByEmail(adresse);
        assertThat(destinataire).as("a mail was delivered to " + adresse).isNotNull();
        List<StoredMessage> recus = SMTP.getManagers().getImapHostManager().getInbox(destinataire).getMessages();
        assertThat(recus).as("mails received by " + adresse).hasSize(1);
        return recus.get(0).getMimeMessage();
    }

    private static String texte(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder texte = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                texte.append(texte(multipart.getBodyPart(i)));
            }
            return texte.toString();
        }
        return "";
    }

    /** The first four bytes of each attachment, in order. */
    private static List<String> contenus(Part part) throws Exception {
        List<String> debuts = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart corps = multipart.getBodyPart(i);
                if (corps.getFileName() != null) {
                    byte[] octets = corps.getInputStream().readNBytes(4);
                    debuts.add(new String(octets, java.nio.charset.StandardCharsets.ISO_8859_1));
                } else {
                    debuts.addAll(contenus(corps));
                }
            }
        }
        return debuts;
    }

    /** « name type » of each attachment. */
    private static List<String> pieces(Part part) throws Exception {
        List<String> pieces = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart corps = multipart.getBodyPart(i);
                if (corps.getFileName() != null) {
                    pieces.add(corps.getFileName() + " " + corps.getContentType().split(";")[0].strip());
                } else {
                    pieces.addAll(pieces(corps));
                }
            }
        }
        return pieces;
    }
}
