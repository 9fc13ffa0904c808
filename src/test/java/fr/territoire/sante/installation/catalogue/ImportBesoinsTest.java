package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.process.ProcessTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Import and export of the territory needs against the real schema; each test uses communes of its own. */
class ImportBesoinsTest extends ProcessTest {

    private static final String ENTETE = String.join(";", SaisieBesoin.COLONNES);

    @Autowired
    ImportBesoins importBesoins;
    @Autowired
    ExportBesoins exportBesoins;
    @Autowired
    BesoinTerritoireRepository besoins;
    @Autowired
    WebApplicationContext contexte;

    @Test
    void keepsGoodRowsReportsBadOnesAndChangesNothingTheSecondTime() {
        MockMultipartFile fichier = csv(besoins("Imb1"));

        RapportImport premier = importBesoins.importer(fichier);

        assertThat(premier.crees()).as(premier.toString()).isEqualTo(3);
        assertThat(premier.refusees()).extracting(RapportImport.LigneRefusee::ligne).containsExactly(5, 6, 7, 8);
        assertThat(premier.refusees().get(0).lieu()).isEqualTo("Imb1 Ville");
        assertThat(premier.refusees().get(0).raisons()).singleElement().asString().contains("Profession recherchée");
        assertThat(premier.refusees().get(1).raisons()).singleElement().asString().contains("dans le futur");
        assertThat(premier.refusees().get(2).raisons()).singleElement().asString().contains("Commune", "obligatoire");
        assertThat(premier.refusees().get(3).raisons()).singleElement().asString().contains("déjà ligne 2");
        BesoinTerritoire formule = besoins.findByCle("=imb1 formule|sage-femme|cpam|2026-01-10").orElseThrow();
        assertThat(formule.getCommune()).isEqualTo("=Imb1 Formule");
        assertThat(formule.getStatut()).isEqualTo(StatutBesoin.OUVERT);
        Instant modifie = formule.getModifieLe();

        RapportImport second = importBesoins.importer(fichier);

        assertThat(second.crees()).isZero();
        assertThat(second.modifies()).isZero();
        assertThat(second.inchanges()).isEqualTo(3);
        assertThat(besoins.findByCle(formule.getCle()).orElseThrow().getModifieLe()).isEqualTo(modifie);
    }

    @Test
    void csvAndXlsxExportsReimportUnchanged() throws IOException {
        importBesoins.importer(csv(besoins("Imb2")));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exportBesoins.csv(false, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF" + ENTETE).contains("'=Imb2 Formule;");
        RapportImport depuisCsv = importBesoins.importer(new MockMultipartFile("fichier", "export.csv", "text/csv", csv.toByteArray()));
        assertThat(depuisCsv.crees()).isZero();
        assertThat(depuisCsv.modifies()).isZero();
        assertThat(depuisCsv.refusees()).isEmpty();
        assertThat(depuisCsv.inchanges()).isGreaterThanOrEqualTo(3);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exportBesoins.xlsx(false, xlsx);
        RapportImport depuisXlsx = importBesoins.importer(new MockMultipartFile("fichier", "export.xlsx", null, xlsx.toByteArray()));
        assertThat(depuisXlsx.crees()).isZero();
        assertThat(depuisXlsx.modifies()).isZero();
        assertThat(depuisXlsx.inchanges()).isEqualTo(depuisCsv.inchanges());
    }

    @Test
    void pageAndApiAnswerInFrench() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(contexte).build();
        MockMultipartFile bon = csv(besoins("Imb3"));

        mvc.perform(get("/catalogue/besoins/import")).andExpect(status().isOk())
                .andExpect(content().string(containsString("accept=\".csv,.xlsx\"")));
        mvc.perform(multipart("/catalogue/besoins/import").file(bon)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>5</td>")))
                .andExpect(content().string(containsString("<span>3</span> besoin(s) créé(s)")));
        mvc.perform(multipart("/api/catalogue/besoins/import").file(bon)).andExpect(status().isOk())
                .andExpect(jsonPath("$.inchanges").value(3))
                .andExpect(jsonPath("$.refusees[0].ligne").value(5));
        mvc.perform(multipart("/catalogue/besoins/import").file(csv("Commune\n"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Colonne manquante : « Profession recherchée »")))
                .andExpect(content().string(containsString("Importer des besoins du territoire")));
    }

    /** 3 good rows (lines 2 to 4), then an unknown profession, a future date, no commune and line 2's key again. */
    private static String besoins(String prefixe) {
        String demain = Calendrier.aujourdhui().plusDays(1).toString();
        List<String> lignes = List.of(
                ENTETE,
                prefixe + " Ville;Médecin généraliste;Critique;Élus;15/01/2026;En cours;\"Départ \"\"en retraite\"\"\nau printemps\"",
                "=" + prefixe + " Formule;sage-femme;faible;CPAM;2026-01-10;;",
                prefixe + " Ville;infirmier;Moyenne;ARS;2026-01-15;Abandonné;",
                prefixe + " Ville;astronaute;Forte;ARS;2026-01-15;;",
                prefixe + " Ville;infirmier;Forte;Autre;" + demain + ";;",
                ";infirmier;Forte;Autre;2026-01-15;;",
                prefixe.toUpperCase() + " VILLE;medecin-generaliste;Forte;ELUS;2026-01-15;;");
        return String.join("\r\n", lignes) + "\r\n";
    }

    private static MockMultipartFile csv(String texte) {
        return new MockMultipartFile("fichier", "besoins.csv", "text/csv", ("\uFEFF" + texte).getBytes(StandardCharsets.UTF_8));
    }
}
