package fr.territoire.sante.installation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.territoire.sante.installation.process.ProcessTest;
import fr.territoire.sante.installation.reporting.Libelles;
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

/**
 * Import and export of the catalogue against the real schema. Every test uses site names of its own:
 * the H2 database is shared by all the run's tests, which may leave other sites behind.
 */
class ImportLieuxTest extends ProcessTest {

    private static final String ENTETE = String.join(";", SaisieLieu.COLONNES);

    @Autowired
    ImportLieux importLieux;
    @Autowired
    ExportLieux exportLieux;
    @Autowired
    LieuExerciceRepository lieux;
    @Autowired
    Libelles libelles;
    @Autowired
    WebApplicationContext contexte;

    @Test
    void keepsGoodRowsReportsBadOnesAndChangesNothingTheSecondTime() {
        MockMultipartFile fichier = csv(catalogue("Imp1"));

        RapportImport premier = importLieux.importer(fichier);

        assertThat(premier.crees()).as(premier.toString()).isEqualTo(4);
        assertThat(premier.modifies()).isZero();
        assertThat(premier.refusees()).extracting(RapportImport.LigneRefusee::ligne).containsExactly(6, 7, 8, 9);
        assertThat(premier.refusees().get(0).lieu()).isEqualTo("Imp1 Hôpital");
        assertThat(premier.refusees().get(0).raisons()).singleElement().asString().contains("Type de lieu", "inconnu");
        assertThat(premier.refusees().get(1).raisons()).singleElement().asString().contains("Contact : e-mail", "invalide");
        assertThat(premier.refusees().get(2).raisons()).singleElement().asString().contains("Commune", "obligatoire");
        assertThat(premier.refusees().get(3).raisons()).singleElement().asString().contains("déjà ligne 2");
        assertThat(lieux.findByCle(LieuExercice.cle("Imp1 Hôpital", "Testville"))).isEmpty();

        LieuExercice msp = lieux.findByCle(LieuExercice.cle("Imp1 MSP", "Testville")).orElseThrow();
        assertThat(msp.getType()).isEqualTo(TypeLieu.MSP);
        assertThat(msp.getModesExercice()).isEqualTo("LIBERAL;SALARIAT");
        assertThat(msp.getLoyerMensuel()).isEqualTo(650);
        assertThat(lieux.findByCle(LieuExercice.cle("=Imp1 Formule", "Testville")).orElseThrow().getNom())
                .isEqualTo("=Imp1 Formule");
        Instant modifie = msp.getModifieLe();

        RapportImport second = importLieux.importer(fichier);

        assertThat(second.crees()).isZero();
        assertThat(second.modifies()).isZero();
        assertThat(second.inchanges()).isEqualTo(4);
        assertThat(lieux.findByCle(msp.getCle()).orElseThrow().getModifieLe()).isEqualTo(modifie);
    }

    @Test
    void csvAndXlsxExportsReimportUnchangedWithFormulaLikeNamesIntact() throws IOException {
        importLieux.importer(csv(catalogue("Imp2")));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exportLieux.csv(false, csv);
        String texte = csv.toString(StandardCharsets.UTF_8);
        assertThat(texte).startsWith("\uFEFF" + ENTETE).contains("'=Imp2 Formule;");
        RapportImport depuisCsv = importLieux.importer(new MockMultipartFile("fichier", "export.csv", "text/csv", csv.toByteArray()));
        assertThat(depuisCsv.crees()).isZero();
        assertThat(depuisCsv.modifies()).isZero();
        assertThat(depuisCsv.inchanges()).isGreaterThanOrEqualTo(4);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exportLieux.xlsx(false, xlsx);
        RapportImport depuisXlsx = importLieux.importer(new MockMultipartFile("fichier", "export.xlsx", null, xlsx.toByteArray()));
        assertThat(depuisXlsx.crees()).isZero();
        assertThat(depuisXlsx.modifies()).isZero();
        assertThat(depuisXlsx.inchanges()).isEqualTo(depuisCsv.inchanges());

        assertThat(lieux.findByCle(LieuExercice.cle("=Imp2 Formule", "Testville")).orElseThrow().getNom())
                .isEqualTo("=Imp2 Formule");
    }

    @Test
    void commaSeparatedFileWithoutBomIsReadToo() {
        String virgules = ENTETE.replace(';', ',') + "\n" + "Imp3 Cabinet,Cabinet médical,Testville" + ",".repeat(15) + "\n";

        RapportImport rapport = importLieux.importer(new MockMultipartFile("fichier", "lieux.csv", "text/csv",
                virgules.getBytes(StandardCharsets.UTF_8)));

        assertThat(rapport.crees()).isEqualTo(1);
        assertThat(rapport.refusees()).isEmpty();
    }

    @Test
    void wrongHeaderOrUnreadableFileIsRefusedInFrench() {
        String mauvais = ENTETE.replace("Type de lieu", "Type") + "\nImp4;Cabinet médical;Testville\n";

        assertThatThrownBy(() -> importLieux.importer(csv(mauvais)))
                .isInstanceOf(FichierIllisible.class).hasMessageContaining("Colonne inconnue : « Type »");
        assertThatThrownBy(() -> importLieux.importer(csv("Nom du lieu;Commune\n")))
                .isInstanceOf(FichierIllisible.class).hasMessageContaining("Colonne manquante : « Type de lieu »");
        assertThatThrownBy(() -> importLieux.importer(new MockMultipartFile("fichier", "lieux.pdf", null, new byte[] {1})))
                .isInstanceOf(FichierIllisible.class).hasMessageContaining("non pris en charge");
        assertThatThrownBy(() -> importLieux.importer(new MockMultipartFile("fichier", "lieux.csv", null, new byte[0])))
                .isInstanceOf(FichierIllisible.class).hasMessageContaining("vide");
    }

    @Test
    void aRowHoldingANulCharacterIsRefusedByLineAndColumnAndTheOthersAreImported() {
        String fichier = ENTETE + "\n"
                + "Imp6 Cabinet;Cabinet médical;Testville" + ";".repeat(15) + "\n"
                + "Imp6 Nul;Cabinet médical;Testville;;;;;;;Deux\u0000bureaux" + ";".repeat(8) + "\n";

        RapportImport rapport = importLieux.importer(csv(fichier));

        assertThat(rapport.crees()).isEqualTo(1);
        assertThat(rapport.refusees()).singleElement().satisfies(refus -> {
            assertThat(refus.ligne()).isEqualTo(3);
            assertThat(refus.lieu()).isEqualTo("Imp6 Nul");
            assertThat(refus.raisons()).containsExactly("« Description des locaux » : caractère nul (invisible) dans la cellule ; retapez-la.");
        });
        assertThat(lieux.findByCle(LieuExercice.cle("Imp6 Nul", "Testville"))).isEmpty();
    }

    @Test
    void pageAndApiAnswerInFrench() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(contexte).build();
        MockMultipartFile bon = csv(catalogue("Imp5"));

        mvc.perform(get("/catalogue/lieux/import")).andExpect(status().isOk())
                .andExpect(content().string(containsString("accept=\".csv,.xlsx\"")));
        mvc.perform(multipart("/catalogue/lieux/import").file(bon)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>6</td>")))
                .andExpect(content().string(containsString("Imp5 Hôpital")));
        mvc.perform(multipart("/api/catalogue/lieux/import").file(bon)).andExpect(status().isOk())
                .andExpect(jsonPath("$.inchanges").value(4))
                .andExpect(jsonPath("$.refusees[0].ligne").value(6));
        mvc.perform(multipart("/api/catalogue/lieux/import")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Aucun fichier")));
        mvc.perform(multipart("/catalogue/lieux/import").file(csv("Nom du lieu\n"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Colonne manquante")));
        mvc.perform(get("/api/catalogue/lieux/export.xlsx")).andExpect(request().asyncStarted());
    }

    /** 4 good rows (lines 2 to 5), then an unknown type, a bad e-mail, a missing commune and line 2's key again. */
    private String catalogue(String prefixe) {
        String profession = libelles.options().professions().values().iterator().next();
        List<String> lignes = List.of(
                ENTETE,
                prefixe + " Cabinet;Cabinet médical;Testville;CC du Test;" + profession + ";;Libéral;non;oui;;;;;;;;;",
                prefixe + " MSP;MSP;Testville;;;" + profession + ";\"libéral ; Salariat\";oui;oui;\"3 bureaux; parking\";650;"
                        + "Oui;\"Projet \"\"santé\"\"\nsur deux lignes\";Mme Contact;Coordinatrice;contact@example.org;01 02 03 04 05;"
                        + "\"M. Maire | maire | maire@example.org ; Mme Adjointe | | adjointe@example.org\"",
                "=" + prefixe + " Formule;Centre de santé;Testville;;;;;;;;;;;;;;;",
                prefixe + " Autre;Autre;Autreville;;;;Mixte;;;;;;;;;;;",
                prefixe + " Hôpital;Hôpital de jour;Testville;;;;;;;;;;;;;;;",
                prefixe + " Courriel;Cabinet médical;Testville;;;;;;;;;;;;;pas-un-email;;",
                prefixe + " Sans commune;Cabinet médical;;;;;;;;;;;;;;;;",
                prefixe.toUpperCase() + " CABINET;Cabinet médical;testville;;;;;;;;;;;;;;;");
        return String.join("\r\n", lignes) + "\r\n";
    }

    private static MockMultipartFile csv(String texte) {
        return new MockMultipartFile("fichier", "lieux.csv", "text/csv", ("\uFEFF" + texte).getBytes(StandardCharsets.UTF_8));
    }
}
