package fr.territoire.sante.installation.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.catalogue.EluAInformer;
import fr.territoire.sante.installation.catalogue.LieuExercice;
import fr.territoire.sante.installation.catalogue.LieuExerciceRepository;
import fr.territoire.sante.installation.catalogue.TypeLieu;
import fr.territoire.sante.installation.dossier.EvenementRepository;
import fr.territoire.sante.installation.identity.Groups;
import fr.territoire.sante.installation.notification.CourrielSortant;
import fr.territoire.sante.installation.notification.Courriels;
import fr.territoire.sante.installation.notification.EnvoiCourriels;
import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.DossierDriver;
import fr.territoire.sante.installation.process.ProcessTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The CLS informs the élus through the real élus task: one e-mail per commune where visits are planned,
 * prepared from the catalogue's élus, reviewed, queued in the outbox and received by a real SMTP server.
 */
class InformationElusProcessTest extends ProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    LieuExerciceRepository catalogue;
    @Autowired
    VisitePlanifieeRepository visites;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvoiCourriels envoi;
    @Autowired
    Courriels outbox;
    @Autowired
    InformationElusCourrielRepository envois;
    @Autowired
    InformationElusRepository informations;
    @Autowired
    EvenementRepository evenements;
    /** MockMvc is built on the process tests' own context: a second context would start a second engine. */
    @Autowired
    WebApplicationContext application;

    /** Catalogue keys are unique: each test has its own sites. */
    private final String suffixe = Long.toString(System.nanoTime(), 36);
    private LocalDate jourVisites;

    @BeforeEach
    void aDossierWhoseVisitsAreInThreeCommunes() {
        jourVisites = Calendrier.aujourdhui().plusDays(5);
        LieuExercice tilleuls = lieu("Maison de santé des Tilleuls", "Bourg-Fictif",
                new EluAInformer("Anne Maire", "Maire", "maire@bourg-fictif.invalid"),
                new EluAInformer("Paul Adjoint", "Adjoint à la santé", "adjoint@bourg-fictif.invalid"));
        LieuExercice parc = lieu("Cabinet du Parc", "Bourg-Fictif",
                new EluAInformer("Anne Maire", "Maire", "MAIRE@bourg-fictif.invalid"),
                new EluAInformer("Zoé Conseillère", "Conseillère municipale", "conseillere@bourg-fictif.invalid"));
        LieuExercice platanes = lieu("Centre de santé des Platanes", "Val-Imaginaire",
                new EluAInformer("Marc Maire", "Maire", "maire@val-imaginaire.invalid"));
        LieuExercice lavoir = lieu("Cabinet du Lavoir", "Sans-Adresse");

        dossier.start().proposerRendezVous().menerEntretien(true).renseignerProjetProfessionnel().renseignerEnvironnement()
                .croiser(tilleuls.getNom() + " – Bourg-Fictif", parc.getNom() + " – Bourg-Fictif",
                        platanes.getNom() + " – Val-Imaginaire", lavoir.getNom() + " – Sans-Adresse");
        dossier.planifiantLesVisitesAvec(reference -> { }); // this test plans its own visits, below
        planifier(tilleuls, 9, "Amélie (CLS)", "Dr Martin, Mme Lenoir");
        planifier(parc, 11, null, null);
        planifier(platanes, 14, null, "Dr Durand");
        planifier(lavoir, 16, null, null);
        dossier.organiserVisites();
        assertThat(dossier.instance()).isWaitingAt("UserTask_InformerElus", "UserTask_RendreCompteVisite");
    }

    @Test
    void oneDraftPerCommuneToItsElusEachOnceWithoutTheProfessionalsName() throws Exception {
        JsonNode brouillons = brouillons();

        assertThat(brouillons).hasSize(2);
        assertThat(brouillons.get(0).get("commune").asText()).isEqualTo("Bourg-Fictif");
        assertThat(brouillons.get(0).get("destinataires").asText()).isEqualTo("""
                Anne Maire (Maire) <maire@bourg-fictif.invalid>
                Paul Adjoint (Adjoint à la santé) <adjoint@bourg-fictif.invalid>
                Zoé Conseillère (Conseillère municipale) <conseillere@bourg-fictif.invalid>""");
        String message = brouillons.get(0).get("message").asText();
        assertThat(message).contains("un(e) médecin généraliste envisageant de s'installer",
                "de 9 h 00 à 10 h 30 : Maison de santé des Tilleuls " + suffixe, "Pour le CLS : Amélie (CLS)",
                "Pour le lieu : Dr Martin, Mme Lenoir", "Cabinet du Parc " + suffixe, "Chargée de mission CLS")
                .doesNotContain("Jeanne", "Fictive", "jeanne.fictive", "Val-Imaginaire");
        assertThat(brouillons.get(0).get("objet").asText()).startsWith("Visites de lieux d'exercice à Bourg-Fictif");
        assertThat(brouillons.get(1).get("commune").asText()).isEqualTo("Val-Imaginaire");
        assertThat(brouillons.get(1).get("objet").asText()).startsWith("Visite d'un lieu d'exercice à Val-Imaginaire le ");
        assertThat(variable("communesSansAdresseElus")).isEqualTo("Sans-Adresse");
        assertThat(variable("informationAutreMoyen")).isEqualTo(true);
    }

    @Test
    void theClsSendsThePreparedMailsWithTheirOwnWordsToExactlyThePreparedElusAndTheSendingIsRecorded() throws Exception {
        Map<String, Object> values = DossierDriver.informationElus(engine, task().getId(), false);
        values.put("messageComplementaire", "Vous êtes invités à vous joindre à la visite.");
        // what Tasklist does not send but a forged request might: drafts and recipients of its own, ignored
        List<Map<String, Object>> lignes = lignes();
        lignes.get(0).put("objet", "Objet inventé");
        values.put("courrielsElus", SpinValues.jsonValue(JSON.writeValueAsString(lignes)).create());
        values.put("destinatairesElus", SpinValues.jsonValue("{\"Bourg-Fictif\":[\"pirate@exemple.invalid\"]}").create());
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of(Groups.CLS));

        dossier.submit("UserTask_InformerElus", values);
        int envoyes = envoi.envoyerEnAttente();

        assertThat(envoyes).isGreaterThanOrEqualTo(2);
        MimeMessage bourg = recu("maire@bourg-fictif.invalid");
        assertThat(adresses(bourg)).containsExactly("maire@bourg-fictif.invalid", "adjoint@bourg-fictif.invalid",
                "conseillere@bourg-fictif.invalid");
        assertThat(bourg.getSubject()).startsWith("Visites de lieux d'exercice à Bourg-Fictif");
        assertThat(corps(bourg)).containsSubsequence("un(e) médecin généraliste envisageant de s'installer",
                        "Vous êtes invités à vous joindre à la visite.", "Bien cordialement,")
                .doesNotContain("Fictive", "Jeanne", "Professionnel accompagné");
        MimeMessage val = recu("maire@val-imaginaire.invalid");
        assertThat(adresses(val)).containsExactly("maire@val-imaginaire.invalid");
        assertThat(val.getSubject()).startsWith("Visite d'un lieu d'exercice à Val-Imaginaire");
        assertThat(corps(val)).contains("Centre de santé des Platanes " + suffixe, "Pour le lieu : Dr Durand")
                .doesNotContain("Bourg-Fictif");

        List<InformationElusCourriel> recus = envois.findByDossierIdOrderByIdAsc(dossierId());
        assertThat(recus).extracting(InformationElusCourriel::getCommune).containsExactly("Bourg-Fictif", "Val-Imaginaire");
        assertThat(recus.get(0).getDestinataires()).containsExactly("maire@bourg-fictif.invalid",
                "adjoint@bourg-fictif.invalid", "conseillere@bourg-fictif.invalid");
        assertThat(recus.get(0).getObjet()).startsWith("Visites de lieux d'exercice à Bourg-Fictif");
        assertThat(recus.get(0).getEnvoyePar()).isEqualTo(TestStaff.CLS);
        assertThat(recus.get(0).getProgrammeLe()).isNotNull();
        assertThat(recus.get(0).isNomInclus()).isFalse();
        assertThat(informations.findByDossierIdOrderByIdAsc(dossierId())).singleElement().satisfies(autre -> {
            assertThat(autre.getCommunes()).isEqualTo("Sans-Adresse");
            assertThat(autre.getMoyen()).isEqualTo("telephone");
        });
        assertThat(evenements.findByDossierIdOrderByHorodatageAscIdAsc(dossierId()))
                .filteredOn(e -> e.getType().equals("ELUS_INFORMES")).singleElement()
                .satisfies(e -> assertThat(e.getDescription())
                        .isEqualTo("Élus informés : courriel aux élus de 2 commune(s) ; autre moyen : Téléphone"));
        assertThat(engine.getRuntimeService().getVariables(dossier.instance().getId()))
                .as("the drafts leave the process with the task")
                .doesNotContainKeys("courrielsElus", "destinatairesElus", "courrielsElusPrepares", "informationAutreMoyen",
                        "communesSansAdresseElus");
    }

    @Test
    void theDossierPageShowsTheMailsSentToClsAndCptsButNotToPilotage() throws Exception {
        engine.getIdentityService().setAuthentication(TestStaff.CLS, List.of(Groups.CLS));
        dossier.informerElus();
        envoi.envoyerEnAttente();
        MockMvc web = MockMvcBuilders.webAppContextSetup(application).apply(springSecurity()).build();

        String cpts = web.perform(get("/dossiers/" + dossier.reference()).with(user(TestStaff.CPTS).authorities(() -> Groups.CPTS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cpts).contains("Courriels envoyés aux élus, un par commune", "Val-Imaginaire",
                "maire@bourg-fictif.invalid, adjoint@bourg-fictif.invalid, conseillere@bourg-fictif.invalid",
                "Visite d&#39;un lieu d&#39;exercice à Val-Imaginaire", TestStaff.CLS, "Envoyé", "Élus informés par un autre moyen",
                "Sans-Adresse");
        String pilotage = web.perform(get("/dossiers/" + dossier.reference())
                        .with(user(TestStaff.PILOTAGE).authorities(() -> Groups.PILOTAGE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pilotage).contains("Information des élus").doesNotContain("Courriels envoyés aux élus", "maire@",
                "Visite d&#39;un lieu");
    }

    @Test
    void theProfessionalIsNamedOnlyWhenTheClsTicksTheBox() throws Exception {
        dossier.informerElus(true);
        envoi.envoyerEnAttente();

        assertThat(corps(recu("maire@val-imaginaire.invalid"))).contains("Professionnel accompagné : Jeanne Fictive");
        assertThat(envois.findByDossierIdOrderByIdAsc(dossierId())).allMatch(InformationElusCourriel::isNomInclus);
    }

    @Test
    void theTaskDoneAgainForTheSameRoundSendsAndRecordsNothingTwice() throws Exception {
        dossier.informerElus();
        engine.getRuntimeService().createProcessInstanceModification(dossier.instance().getId())
                .startBeforeActivity("UserTask_InformerElus").execute();
        dossier.informerElus();
        envoi.envoyerEnAttente();

        assertThat(envois.findByDossierIdOrderByIdAsc(dossierId())).hasSize(2);
        List<CourrielSortant> enFile = outbox.parCle("elus-" + dossierId() + "-");
        assertThat(enFile).hasSize(2);
        recu("maire@val-imaginaire.invalid");
    }

    @Test
    void notConfirmedOrATooLongMessageIsRefusedInFrenchAndNothingIsQueued() throws Exception {
        Map<String, Object> values = DossierDriver.informationElus(engine, task().getId(), false);
        values.put("envoyerCourrielsElus", false);
        values.put("messageComplementaire", "x".repeat(1001));

        assertThatThrownBy(() -> dossier.submit("UserTask_InformerElus", values))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("« Envoyer ces courriels aux élus » doit être coché")
                .hasMessageContaining("Message complémentaire");

        assertThat(outbox.parCle("elus-" + dossierId() + "-")).isEmpty();
        assertThat(envois.findByDossierIdOrderByIdAsc(dossierId())).isEmpty();
        assertThat(dossier.instance()).isWaitingAt("UserTask_InformerElus", "UserTask_RendreCompteVisite");
    }

    private LieuExercice lieu(String nom, String commune, EluAInformer... elus) {
        LieuExercice lieu = new LieuExercice(nom + " " + suffixe, commune, Calendrier.maintenant());
        lieu.setType(TypeLieu.values()[0]);
        lieu.setElus(List.of(elus));
        return catalogue.save(lieu);
    }

    private void planifier(LieuExercice lieu, int heure, String presentsCls, String presentsLieu) {
        VisitesDeTest.planifier(jdbc, visites, dossierId(), lieu, jourVisites, heure, presentsCls, presentsLieu);
    }

    private Long dossierId() {
        return (Long) engine.getRuntimeService().getVariable(dossier.instance().getId(), "dossierId");
    }

    private Task task() {
        return dossier.tasks("UserTask_InformerElus").get(0);
    }

    private Object variable(String name) {
        return engine.getTaskService().getVariable(task().getId(), name);
    }

    private JsonNode brouillons() throws Exception {
        return JSON.readTree(variable("courrielsElus").toString());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lignes() throws Exception {
        List<Map<String, Object>> lignes = JSON.readValue(variable("courrielsElus").toString(), List.class);
        return lignes.stream().map(l -> (Map<String, Object>) new HashMap<>(l)).toList();
    }

    /** The one mail in the inbox of this address (GreenMail delivers one copy to each recipient's inbox). */
    private static MimeMessage recu(String adresse) throws Exception {
        GreenMailUser elu = SMTP.getUserManager().getUserByEmail(adresse);
        assertThat(elu).as("a mail was delivered to " + adresse).isNotNull();
        List<StoredMessage> recus = SMTP.getManagers().getImapHostManager().getInbox(elu).getMessages();
        assertThat(recus).as("mails received by " + adresse).hasSize(1);
        return recus.get(0).getMimeMessage();
    }

    /** GreenMail delivers one copy per recipient: the To header says who the one mail went to. */
    private static List<String> adresses(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String corps(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
