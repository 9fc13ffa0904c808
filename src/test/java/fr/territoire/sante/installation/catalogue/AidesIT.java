package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.IntegrationTest;
import fr.territoire.sante.installation.TestStaff;
import fr.territoire.sante.installation.WebappSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** The installation-aid catalogue's pages over HTTP as each group uses them, and its import and export. */
class AidesIT extends IntegrationTest {

    /** The database outlives a run: each aid gets a title of its own. */
    private final String suffixe = UUID.randomUUID().toString().substring(0, 8);
    private final String intitule = "Prime d'essai " + suffixe;
    private static final String TERRITOIRE = "Fontaine-sur-Brume";

    @Autowired
    ImportAides importAides;
    @Autowired
    ExportAides exportAides;
    @Autowired
    AideInstallationRepository aides;

    private static Map<String, Object> champs(String intitule) {
        Map<String, Object> champs = new LinkedHashMap<>();
        champs.put("intitule", intitule);
        champs.put("categorie", "AIDE_COMMUNE");
        champs.put("porteur", "Mairie de Fontaine-sur-Brume");
        champs.put("territoire", TERRITOIRE);
        champs.put("professions", List.of("medecin-generaliste", "sage-femme"));
        champs.put("contactNom", "Mme Adèle Fictif");
        champs.put("contactEmail", "mairie@fontaine-sur-brume.exemple.invalid");
        champs.put("valideDu", "01/01/2026");
        champs.put("valideJusquAu", "2099-12-31");
        champs.put("description", "Prime de 5 000 €.");
        champs.put("lien", "https://exemple.invalid/prime");
        return champs;
    }

    private WebappSession signedIn(String user) {
        WebappSession session = new WebappSession(baseUrl());
        assertThat(session.signIn(user, TestStaff.password(user))).as(user).isTrue();
        return session;
    }

    /** Creates the aid as the CLS does, through the form; returns its page's path. */
    private String creer(WebappSession cls) {
        assertThat(cls.get("/catalogue/aides/nouvelle").statusCode()).isEqualTo(200);
        HttpResponse<String> cree = cls.postForm("/catalogue/aides", champs(intitule));
        assertThat(cree.statusCode()).as(cree.body()).isEqualTo(302);
        String aide = cree.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(aide).matches("/catalogue/aides/\\d+");
        return aide;
    }

    private static String q(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }

    @Test
    void theClsCreatesAnAidAndFindsItWithTheFilters() {
        WebappSession cls = signedIn(TestStaff.CLS);
        String aide = creer(cls);

        assertThat(cls.get(aide).body()).contains("Aide ajoutée au catalogue.", "Aide financière de la commune",
                "Sage-femme", "Du 01/01/2026 au 31/12/2099", "https://exemple.invalid/prime", "Modifier l'aide");
        assertThat(cls.get("/catalogue/aides?q=" + q(suffixe.toUpperCase())).body()).contains(aide, "<strong>1</strong> aide(s)");
        assertThat(cls.get("/catalogue/aides?q=" + q(suffixe) + "&categorie=AIDE_COMMUNE&profession=sage-femme&valides=true")
                .body()).contains(aide);
        assertThat(cls.get("/catalogue/aides?q=" + q(suffixe) + "&profession=infirmier").body())
                .doesNotContain(aide).contains("Aucune aide ne correspond");
        assertThat(cls.get("/catalogue/aides?q=" + q(suffixe) + "&categorie=LOGEMENT").body()).doesNotContain(aide);
    }

    @Test
    void aBadSubmissionComesBackWithTheFrenchMessagesAndTheTypedValues() {
        WebappSession cls = signedIn(TestStaff.CLS);
        cls.get("/catalogue/aides/nouvelle");
        Map<String, Object> champs = champs("");
        champs.put("contactEmail", "pas-une-adresse");
        champs.put("valideJusquAu", "31/12/2025");
        champs.put("lien", "exemple.invalid");

        HttpResponse<String> refus = cls.postForm("/catalogue/aides", champs);

        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("« Intitulé » : obligatoire.", "href=\"#intitule\"",
                "« Contact : e-mail » : adresse e-mail invalide.", "href=\"#valideJusquAu\"",
                "« Lien » : une adresse web commençant par http:// ou https://.",
                "value=\"pas-une-adresse\"", "value=\"31/12/2025\"", "value=\"" + TERRITOIRE + "\"",
                "value=\"sage-femme\" checked=\"checked\"", "aria-invalid=\"true\"");
    }

    @Test
    void aSecondAidOfTheSameTitleOnTheSameTerritoryIsRefused() {
        WebappSession cls = signedIn(TestStaff.CLS);
        creer(cls);
        cls.get("/catalogue/aides/nouvelle");

        HttpResponse<String> doublon = cls.postForm("/catalogue/aides", champs(" " + intitule.toUpperCase() + " "));

        assertThat(doublon.statusCode()).isEqualTo(400);
        assertThat(doublon.body()).contains("« Intitulé » : une aide de cet intitulé existe déjà sur ce territoire.");
    }

    @Test
    void theCptsEditsArchivesAndUnarchivesAnAidAndSeesItExpire() {
        String aide = creer(signedIn(TestStaff.CLS));
        WebappSession cpts = signedIn(TestStaff.CPTS);
        assertThat(cpts.get(aide).body()).contains("Archiver cette aide");

        Map<String, Object> champs = champs(intitule);
        champs.put("valideDu", "01/01/2025");
        champs.put("valideJusquAu", "31/12/2025");
        champs.remove("professions");
        HttpResponse<String> modifie = cpts.postForm(aide, champs);
        assertThat(modifie.statusCode()).as(modifie.body()).isEqualTo(302);
        assertThat(cpts.get(aide).body()).contains("Modifications enregistrées.", "Toutes les professions",
                "Cette aide est expirée");
        assertThat(cpts.get("/catalogue/aides?q=" + q(suffixe)).body()).contains(aide, "Expirée");
        assertThat(cpts.get("/catalogue/aides?valides=true&q=" + q(suffixe)).body()).doesNotContain(aide);
        assertThat(cpts.get("/catalogue/aides?profession=infirmier&q=" + q(suffixe)).body()).contains(aide);

        champs.put("valideDu", "le premier janvier");
        HttpResponse<String> refus = cpts.postForm(aide, champs);
        assertThat(refus.statusCode()).isEqualTo(400);
        assertThat(refus.body()).contains("value=\"le premier janvier\"", "« Valable du » : une date");

        assertThat(cpts.postForm(aide + "/archiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get(aide).body()).contains("Cette aide est archivée", "Désarchiver cette aide");
        assertThat(cpts.get("/catalogue/aides?q=" + q(suffixe)).body()).doesNotContain(aide);
        assertThat(cpts.get("/catalogue/aides?archives=true&q=" + q(suffixe)).body()).contains(aide, "Archivée");

        assertThat(cpts.postForm(aide + "/desarchiver", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cpts.get("/catalogue/aides?q=" + q(suffixe)).body()).contains(aide);
    }

    @Test
    void pilotageReadsTheAidsButChangesNothing() {
        String aide = creer(signedIn(TestStaff.CLS));
        WebappSession pilotage = signedIn(TestStaff.PILOTAGE);

        HttpResponse<String> liste = pilotage.get("/catalogue/aides?q=" + q(suffixe));
        assertThat(liste.statusCode()).isEqualTo(200);
        assertThat(liste.body()).contains(aide).doesNotContain("Ajouter une aide");
        HttpResponse<String> page = pilotage.get(aide);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mme Adèle Fictif").doesNotContain("Modifier l'aide", "Archiver cette aide");
        assertThat(pilotage.get("/api/catalogue/aides/export.csv").statusCode()).isEqualTo(200);

        assertThat(pilotage.postForm(aide + "/archiver", Map.of()).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm(aide, champs(intitule)).statusCode()).isEqualTo(403);
        assertThat(pilotage.postForm("/catalogue/aides", champs(intitule + " bis")).statusCode()).isEqualTo(403);
        assertThat(pilotage.get(aide).body()).doesNotContain("Cette aide est archivée");
    }

    @Test
    void unknownAidsAreFrenchNotFoundPagesAndAnonymousVisitorsAreSentToTheLoginPage() {
        WebappSession cls = signedIn(TestStaff.CLS);
        for (String path : List.of("/catalogue/aides/999999999", "/catalogue/aides/abc")) {
            HttpResponse<String> inconnue = cls.get(path);
            assertThat(inconnue.statusCode()).as(path).isEqualTo(404);
            assertThat(inconnue.body()).as(path).contains("installation inconnue");
        }
        WebappSession anonyme = new WebappSession(baseUrl());
        for (String path : List.of("/catalogue/aides", "/catalogue/aides/nouvelle", "/catalogue/aides/1",
                "/catalogue/aides/import")) {
            HttpResponse<String> reponse = anonyme.get(path);
            assertThat(reponse.statusCode()).as(path).isEqualTo(302);
            assertThat(reponse.headers().firstValue("Location").orElse("")).as(path).endsWith("/connexion");
        }
        assertThat(cls.get("/catalogue/aides/import").body()).contains("accept=\".csv,.xlsx\"");
    }

    @Test
    void importKeepsGoodRowsNamesBadOnesAndChangesNothingTheSecondTimeNorAfterAnExport() throws IOException {
        String p = "Imp" + suffixe;
        String entete = String.join(";", SaisieAide.COLONNES);
        String fichier = String.join("\r\n", List.of(entete,
                p + " Prime;Aide financière de la commune;Mairie;Testville;\"Médecin généraliste ; sage-femme\";Mme Contact;"
                        + "contact@exemple.invalid;01 02 03 04 05;2026-01-01;31/12/2099;\"Prime \"\"5 000 €\"\"\nsur deux lignes\";"
                        + "https://exemple.invalid/prime",
                "=" + p + " Formule;LOGEMENT;;Testville;;;;;;;;",
                p + " Crèche;Garde d'enfants et écoles;;CC du Test;;;;;;;;",
                p + " Subvention;Subvention;;Testville;;;;;;;;",
                p + " Dates;Autre;;Testville;;;;;01/01/2026;31/12/2025;;",
                p + " Lien;Autre;;Testville;;;;;;;;www.exemple.invalid",
                p.toUpperCase() + " PRIME;Autre;;testville;;;;;;;;")) + "\r\n";
        MockMultipartFile csv = new MockMultipartFile("fichier", "aides.csv", "text/csv",
                ("\uFEFF" + fichier).getBytes(StandardCharsets.UTF_8));

        RapportImport premier = importAides.importer(csv);

        assertThat(premier.crees()).as(premier.toString()).isEqualTo(3);
        assertThat(premier.refusees()).extracting(RapportImport.LigneRefusee::ligne).containsExactly(5, 6, 7, 8);
        assertThat(premier.refusees().get(0).lieu()).isEqualTo(p + " Subvention");
        assertThat(premier.refusees().get(0).raisons()).singleElement().asString().contains("Catégorie", "inconnue");
        assertThat(premier.refusees().get(1).raisons()).singleElement().asString().contains("Valable jusqu'au");
        assertThat(premier.refusees().get(2).raisons()).singleElement().asString().contains("Lien");
        assertThat(premier.refusees().get(3).raisons()).singleElement().asString().contains("déjà ligne 2");
        AideInstallation prime = aides.findByCle(AideInstallation.cle(p + " Prime", "Testville")).orElseThrow();
        assertThat(prime.getProfessions()).isEqualTo("medecin-generaliste;sage-femme");
        assertThat(prime.getDescription()).isEqualTo("Prime \"5 000 €\"\nsur deux lignes");
        Instant modifiee = prime.getModifieLe();

        RapportImport second = importAides.importer(csv);
        assertThat(second.crees()).isZero();
        assertThat(second.modifies()).isZero();
        assertThat(second.inchanges()).isEqualTo(3);
        assertThat(aides.findByCle(prime.getCle()).orElseThrow().getModifieLe()).isEqualTo(modifiee);

        ByteArrayOutputStream export = new ByteArrayOutputStream();
        exportAides.csv(true, export);
        assertThat(export.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF" + entete).contains("'=" + p + " Formule;");
        RapportImport depuisCsv = importAides.importer(new MockMultipartFile("fichier", "export.csv", "text/csv", export.toByteArray()));
        assertThat(depuisCsv.crees()).isZero();
        assertThat(depuisCsv.modifies()).isZero();
        assertThat(depuisCsv.refusees()).isEmpty();

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exportAides.xlsx(true, xlsx);
        RapportImport depuisXlsx = importAides.importer(new MockMultipartFile("fichier", "export.xlsx", null, xlsx.toByteArray()));
        assertThat(depuisXlsx.crees()).isZero();
        assertThat(depuisXlsx.modifies()).isZero();
        assertThat(depuisXlsx.inchanges()).isEqualTo(depuisCsv.inchanges());
        assertThat(aides.findByCle(AideInstallation.cle("=" + p + " Formule", "Testville")).orElseThrow().getIntitule())
                .isEqualTo("=" + p + " Formule");
        assertThat(aides.findByCle(prime.getCle()).orElseThrow().getModifieLe()).isEqualTo(modifiee);
    }
}
