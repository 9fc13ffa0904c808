package fr.territoire.sante.installation.communication;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import fr.territoire.sante.installation.process.ProcessKeys;
import fr.territoire.sante.installation.reports.Audience;
import fr.territoire.sante.installation.reports.RapportsPeriodiques;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /rapports/destinataires over HTTP on PostgreSQL, as each group may use it. */
class DestinatairesRapportIT extends IntegrationTest {

    private static final String PAGE = "/rapports/destinataires";

    /** The database outlives a run: each recipient gets an address of its own. */
    private final String suffixe = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    DestinatairesRapport destinataires;
    @Autowired
    RapportsPeriodiques rapports;

    private static Map<String, Object> champs(String audience, String nom, String email) {
        Map<String, Object> champs = new LinkedHashMap<>();
        champs.put("audience", audience);
        champs.put("nom", nom);
        champs.put("organisme", "Commune de Fictiville");
        champs.put("email", email);
        return champs;
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    private long idDe(String email) {
        return destinataires.parAudience().values().stream().flatMap(List::stream)
                .filter(d -> d.getEmail().equals(email)).findFirst().orElseThrow().getId();
    }

    @Test
    void theClsAddsARecipientTheCptsChangesDeactivatesAndReactivatesIt() {
        String email = "elue-" + suffixe + "@exemple.invalid";
        WebappSession cls = signedIn(TestStaff.CLS);
        HttpResponse<String> page = cls.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ajouter un destinataire").contains("Élus référents santé").contains("Pôles santé");

        HttpResponse<String> ajoute = cls.postForm(PAGE, champs("ELUS_REFERENTS", "Mme Adèle Fictif " + suffixe, email));
        assertThat(ajoute.statusCode()).as(ajoute.body()).isEqualTo(302);
        assertThat(cls.get(PAGE).body()).contains("Mme Adèle Fictif " + suffixe).contains(email).contains("Destinataire ajouté");
        long id = idDe(email);

        WebappSession cpts = signedIn(TestStaff.CPTS);
        assertThat(cpts.get(PAGE + "/" + id).body()).contains("Enregistrer les modifications").contains(email);
        HttpResponse<String> modifie = cpts.postForm(PAGE + "/" + id, champs("COPIL_CLS", "Secrétariat " + suffixe, email.toUpperCase()));
        assertThat(modifie.statusCode()).as(modifie.body()).isEqualTo(302);
        DestinataireRapport apres = destinataires.destinataire(id).orElseThrow();
        assertThat(apres.getNom()).isEqualTo("Secrétariat " + suffixe);
        assertThat(apres.getEmail()).as("addresses are kept in lower case").isEqualTo(email);
        assertThat(apres.getModifiePar()).isEqualTo(TestStaff.CPTS);

        cpts.get(PAGE);
        assertThat(cpts.postForm(PAGE + "/" + id + "/desactiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(destinataires.destinataire(id).orElseThrow().isActif()).isFalse();
        assertThat(cpts.get(PAGE).body()).contains("Désactivé").contains("Réactiver");
        assertThat(cpts.postForm(PAGE + "/" + id + "/reactiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(destinataires.destinataire(id).orElseThrow().isActif()).isTrue();
    }

    @Test
    void aBadOrDuplicateSubmissionComesBackInFrenchWithWhatWasTyped() {
        String email = "double-" + suffixe + "@exemple.invalid";
        WebappSession cls = signedIn(TestStaff.CLS);
        cls.get(PAGE);
        HttpResponse<String> refuse = cls.postForm(PAGE, champs("INCONNUE", " ", "pas-une-adresse " + suffixe));
        assertThat(refuse.statusCode()).isEqualTo(400);
        assertThat(refuse.body()).contains("Choisissez l&#39;audience").contains("Indiquez le nom du destinataire.")
                .contains("L&#39;adresse e-mail n&#39;est pas valide").contains("pas-une-adresse " + suffixe)
                .contains("<title>Erreur – Destinataires des rapports");

        assertThat(cls.postForm(PAGE, champs("CDOM", "Dr Songe", email)).statusCode()).isEqualTo(302);
        cls.get(PAGE);
        HttpResponse<String> doublon = cls.postForm(PAGE, champs("CDOM", "Dr Songe bis", email));
        assertThat(doublon.statusCode()).isEqualTo(400);
        assertThat(doublon.body()).contains("Cette adresse reçoit déjà le rapport de cette audience.");
        // The same address for another audience is another recipient.
        assertThat(cls.postForm(PAGE, champs("CPAM_ARS", "Dr Songe", email)).statusCode()).isEqualTo(302);
    }

    @Test
    void pilotageReadsTheRecipientsButChangesNothing() {
        String email = "lu-" + suffixe + "@exemple.invalid";
        WebappSession cls = signedIn(TestStaff.CLS);
        cls.get(PAGE);
        assertThat(cls.postForm(PAGE, champs("CONFERENCE_MAIRES", "Conférence " + suffixe, email)).statusCode()).isEqualTo(302);
        long id = idDe(email);

        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);
        HttpResponse<String> page = pilotage.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(email).doesNotContain("Ajouter un destinataire").doesNotContain("Désactiver");
        HttpResponse<String> fiche = pilotage.get(PAGE + "/" + id);
        assertThat(fiche.statusCode()).isEqualTo(200);
        assertThat(fiche.body()).contains(email).doesNotContain("Enregistrer les modifications");

        assertThat(pilotage.postForm(PAGE, champs("CONFERENCE_MAIRES", "Intrus", "intrus-" + email)).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(PAGE + "/" + id, champs("CONFERENCE_MAIRES", "Intrus", email)).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(PAGE + "/" + id + "/desactiver", Map.of()).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm("/rapports/1/diffuser", Map.of()).statusCode()).isEqualTo(403);
        assertThat(destinataires.destinataire(id).orElseThrow().isActif()).isTrue();
        assertThat(destinataires.destinataire(id).orElseThrow().getNom()).isEqualTo("Conférence " + suffixe);
    }

    @Test
    void anonymousVisitorsGoToTheLoginPageUnknownRecipientsAreFrenchNotFoundPagesAndPostsNeedTheToken() throws Exception {
        WebappSession anonyme = new WebappSession(baseUrl());
        for (String path : List.of(PAGE, PAGE + "/1")) {
            HttpResponse<String> reponse = anonyme.get(path);
            assertThat(reponse.statusCode()).as(path).isEqualTo(302);
            assertThat(reponse.headers().firstValue("Location").orElse("")).as(path).endsWith("/connexion");
        }
        WebappSession cls = signedIn(TestStaff.CLS);
        for (String path : List.of(PAGE + "/999999999", PAGE + "/abc")) {
            HttpResponse<String> inconnu = cls.get(path);
            assertThat(inconnu.statusCode()).as(path).isEqualTo(404);
            assertThat(inconnu.body()).as(path).contains("Destinataire inconnu");
        }
        cls.get(PAGE);
        assertThat(cls.postForm(PAGE + "/999999999/desactiver", Map.of()).statusCode()).isEqualTo(404);

        // A form posted from elsewhere, without the page's token: refused, nothing saved.
        HttpResponse<String> sansJeton = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("audience=CDOM&nom=X&email=x-" + suffixe + "%40exemple.invalid")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sansJeton.statusCode()).isIn(302, 403);
        assertThat(destinataires.parAudience().values().stream().flatMap(List::stream)
                .noneMatch(d -> d.getEmail().equals("x-" + suffixe + "@exemple.invalid"))).isTrue();
    }

    @Test
    void aReportMadeOnDemandIsSentThroughOneTaskForItsGroup() {
        long id = rapports.produire(Audience.CDOM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), TestStaff.CPTS).getId();
        WebappSession cpts = signedIn(TestStaff.CPTS);
        assertThat(cpts.get("/rapports").body()).as("the page offers the sending")
                .contains("/rapports/" + id + "/diffuser", "Préparer l'envoi", "/rapports/destinataires");
        for (String confirmation : List.of("envoi créée", "envoi de ce rapport est déjà ouverte")) {
            HttpResponse<String> diffuse = cpts.postForm("/rapports/" + id + "/diffuser", Map.of());
            assertThat(diffuse.statusCode()).as(diffuse.body()).isEqualTo(302);
            assertThat(cpts.get("/rapports").body()).contains(confirmation);
        }
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ProcessKeys.COMMUNICATION)
                .processInstanceBusinessKey("rapport-" + id).taskCandidateGroup("cpts").count()).as("one task, for the CPTS").isEqualTo(1);
        assertThat(cpts.postForm("/rapports/abc/diffuser", Map.of()).statusCode()).isEqualTo(302);
    }
}
