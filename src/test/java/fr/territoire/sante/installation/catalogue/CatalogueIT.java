package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** The catalogue's pages over HTTP, as each group uses them, with Spring Security's CSRF token. */
class CatalogueIT extends IntegrationTest {

    /** The database outlives a run: each site gets a name of its own. */
    private final String nom = "Maison de santé d'essai " + UUID.randomUUID().toString().substring(0, 8);
    private static final String COMMUNE = "Fontaine-sur-Brume";

    private static Map<String, Object> champs(String nom) {
        Map<String, Object> champs = new LinkedHashMap<>();
        champs.put("nom", nom);
        champs.put("type", "MSP");
        champs.put("commune", COMMUNE);
        champs.put("professionsPresentes", List.of("medecin-generaliste", "infirmier"));
        champs.put("professionsRecherchees", List.of("sage-femme"));
        champs.put("modesExercice", List.of("LIBERAL", "MIXTE"));
        champs.put("locauxDisponibles", "oui");
        champs.put("loyerMensuel", "450");
        champs.put("contactNom", "Mme Inès Imaginaire");
        champs.put("contactEmail", "contact@fontaine-sur-brume.exemple.invalid");
        champs.put("elus", "Mme Adèle Fictif | maire | mairie@fontaine-sur-brume.exemple.invalid\r\n"
                + "M. Tom Allégorie | conseiller | conseil@fontaine-sur-brume.exemple.invalid");
        return champs;
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    /** Creates the site as the CLS does, through the form; returns its page's path. */
    private String creer(WebappSession cls) {
        assertThat(cls.get("/catalogue/lieux/nouveau").statusCode()).isEqualTo(200);
        HttpResponse<String> cree = cls.postForm("/catalogue/lieux", champs(nom));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(302);
        String lieu = cree.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(lieu).matches("/catalogue/lieux/\\d+");
        return lieu;
    }

    private static String q(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }

    @Autowired
    ImportLieux importLieux;

    @Test
    void onPostgresqlAnImportRowHoldingANulCharacterIsRefusedAloneAndNamed() {
        // PostgreSQL stores no NUL in text: such a cell once failed the whole file.
        String fichier = String.join(";", SaisieLieu.COLONNES) + "\n"
                + nom + ";MSP;" + COMMUNE + ";".repeat(15) + "\n"
                + nom + " bis;MSP;" + COMMUNE + ";;;;;;;;;;;Mme\u0000Contact" + ";".repeat(4) + "\n";

        RapportImport rapport = importLieux.importer(new MockMultipartFile("fichier", "lieux.csv", "text/csv",
                fichier.getBytes(StandardCharsets.UTF_8)));

        assertThat(rapport.crees()).isEqualTo(1);
        assertThat(rapport.refusees()).singleElement().satisfies(refus -> {
            assertThat(refus.ligne()).isEqualTo(3);
            assertThat(refus.raisons()).containsExactly("« Contact : nom » : caractère nul (invisible) dans la cellule ; retapez-la.");
        });
    }

    @Test
    void theClsCreatesASiteAndFindsItInTheListAndTheSearch() {
        WebappSession cls = signedIn(TestStaff.CLS);
        String lieu = creer(cls);

        String page = cls.get(lieu).body();
        assertThat(page).contains("Lieu ajouté au catalogue.", "Sage-femme", "Libéral, Mixte", "450 €",
                "Mme Adèle Fictif", "conseil@fontaine-sur-brume.exemple.invalid", "Modifier le lieu");
        assertThat(cls.get("/catalogue/lieux").body()).contains(lieu);
        assertThat(cls.get("/catalogue/lieux?q=" + q(nom.substring(nom.length() - 8).toUpperCase())).body())
                .contains(lieu).contains("<strong>1</strong> lieu(x)");
        assertThat(cls.get("/catalogue/lieux?type=MSP&commune=" + q(COMMUNE) + "&profession=sage-femme").body()).contains(lieu);
        assertThat(cls.get("/catalogue/lieux?q=" + q(nom) + "&profession=infirmier").body())
                .doesNotContain(lieu).contains("Aucun lieu ne correspond");
    }

    @Test
    void aBadSubmissionComesBackWithTheFrenchMessagesAndTheTypedValues() {
        WebappSession cls = signedIn(TestStaff.CLS);
        cls.get("/catalogue/lieux/nouveau");
        Map<String, Object> champs = champs("");
        champs.put("loyerMensuel", "-3");
        champs.put("contactEmail", "pas-une-adresse");
        champs.put("elus", "Mme Adèle Fictif, maire");

        HttpResponse<String> refus = cls.postForm("/catalogue/lieux", champs);

        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("« Nom du lieu » : obligatoire.", "href=\"#nom\"",
                "« Loyer mensuel (€) » : un nombre entier d", "href=\"#loyerMensuel\"",
                "« Contact : e-mail » : adresse e-mail invalide.", "« Élus à informer (1) » : attendu",
                "value=\"-3\"", "value=\"pas-une-adresse\"", "value=\"" + COMMUNE + "\"", ">Mme Adèle Fictif, maire</textarea>",
                "value=\"sage-femme\" checked=\"checked\"", "aria-invalid=\"true\"");
    }

    @Test
    void aSecondSiteOfTheSameNameInTheSameCommuneIsRefused() {
        WebappSession cls = signedIn(TestStaff.CLS);
        creer(cls);
        cls.get("/catalogue/lieux/nouveau");

        HttpResponse<String> doublon = cls.postForm("/catalogue/lieux", champs(" " + nom.toUpperCase() + " "));

        assertThat(doublon.statusCode()).isEqualTo(400);
        assertThat(doublon.body()).contains("« Nom du lieu » : un lieu de ce nom existe déjà dans cette commune.");
    }

    @Test
    void theCptsEditsArchivesAndUnarchivesASite() {
        String lieu = creer(signedIn(TestStaff.CLS));
        WebappSession cpts = signedIn(TestStaff.CPTS);
        assertThat(cpts.get(lieu).body()).contains("Modifier le lieu", "Archiver ce lieu");

        Map<String, Object> champs = champs(nom);
        champs.put("loyerMensuel", "600");
        champs.put("professionsRecherchees", List.of("sage-femme", "infirmier"));
        champs.remove("locauxDisponibles");
        HttpResponse<String> modifie = cpts.postForm(lieu, champs);
        assertThat(modifie.statusCode()).as(modifie.body()).isEqualTo(302);
        assertThat(cpts.get(lieu).body()).contains("Modifications enregistrées.", "600 €", "Sage-femme, Infirmier ou infirmière");

        champs.put("loyerMensuel", "six cents");
        HttpResponse<String> refus = cpts.postForm(lieu, champs);
        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("value=\"six cents\"", "« Loyer mensuel (€) »");

        assertThat(cpts.postForm(lieu + "/archiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get(lieu).body()).contains("Ce lieu est archivé", "Désarchiver ce lieu");
        assertThat(cpts.get("/catalogue/lieux?q=" + q(nom)).body()).doesNotContain(lieu);
        assertThat(cpts.get("/catalogue/lieux?archives=true&q=" + q(nom)).body()).contains(lieu, "Archivé");

        assertThat(cpts.postForm(lieu + "/desarchiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get("/catalogue/lieux?q=" + q(nom)).body()).contains(lieu);
    }

    @Test
    void pilotageReadsTheCatalogueButChangesNothing() {
        String lieu = creer(signedIn(TestStaff.CLS));
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);

        HttpResponse<String> liste = pilotage.get("/catalogue/lieux?q=" + q(nom));
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains(lieu).doesNotContain("Ajouter un lieu");
        HttpResponse<String> page = pilotage.get(lieu);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mme Adèle Fictif").doesNotContain("Modifier le lieu", "Archiver ce lieu");
        assertThat(pilotage.get("/catalogue/lieux/nouveau").statusCode()).isEqualTo(200);

        assertThat(pilotage.postForm(lieu + "/archiver", Map.of()).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(lieu, champs(nom)).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm("/catalogue/lieux", champs(nom + " bis")).statusCode()).isEqualTo(403);
        assertThat(pilotage.get(lieu).body()).doesNotContain("Ce lieu est archivé");
    }

    @Test
    void anUnknownSiteIsAFrenchNotFoundPage() {
        WebappSession cls = signedIn(TestStaff.CLS);
        for (String path : List.of("/catalogue/lieux/999999999", "/catalogue/lieux/abc")) {
            HttpResponse<String> inconnu = cls.get(path);
            assertThat(inconnu.statusCode()).as(path).isEqualTo(404);
            assertThat(inconnu.body()).as(path).contains("exercice inconnu");
        }
        cls.get("/catalogue/lieux");
        assertThat(cls.postForm("/catalogue/lieux/999999999/archiver", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebappSession anonyme = new WebappSession(baseUrl());
        for (String path : List.of("/catalogue/lieux", "/catalogue/lieux/nouveau", "/catalogue/lieux/1")) {
            HttpResponse<String> reponse = anonyme.get(path);
            assertThat(reponse.statusCode()).as(path).isEqualTo(302);
            assertThat(reponse.headers().firstValue("Location").orElse("")).as(path).endsWith("/connexion");
        }
    }
}
