package fr.territoire.sante.installation.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.process.ProcessTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report produced on nine dossiers requested in February–April 2012 (a period no other test uses),
 * parsed back from its PDF and XLSX. Worked out by hand (5 = threshold):
 *
 * | ref         | profession | source | interview | matching      | visits | hot / cold debrief | status   | settled in    |
 * | RPT-1 … 5   | infirmier  | ars    | +5 days   | +3 days after | 1      | RPT-1…4 / RPT-1…5  | TERMINE  | Rochefort-RPT |
 * | RPT-6       | infirmier  | cpam   | +5 days   | +15 days      | 2      |                    | EN_COURS |               |
 * | RPT-7       | médecin g. | ars    | +5 days   | +3 days       | 0      |                    | ARRETE   |               |
 * | RPT-8       | médecin g. | ars    | +5 days   |               | 0      |                    | EN_COURS |               |
 * | RPT-9       | médecin g. | elus   |           |               | 0      |                    | EN_COURS |               |
 *
 * Funnel 9 / 8 / 7 / 6 / 5 / 5: shown. Professions 6 and 3: 3 hidden, so 6 too (9 is printed above).
 * Sources 7 / 1 / 1: two small cells hide each other. Communes 5 and 4 (not given): both hidden.
 * Outcomes 3 in progress / 5 settled / 0 / 1 stopped. Visits 1 / 5 / 1 / 0. Ten days: 6 and 1, both hidden.
 * Delays: hot → cold debrief measured on 4 dossiers, hidden. Settled at 3 months: 5; at 6 months: 1.
 */
class RapportsPeriodiquesTest extends ProcessTest {

    private static final String NOM = "Rapportine-RPT";
    private static final String COURRIEL = "aurelie.rpt@exemple.invalid";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RapportsPeriodiques rapports;

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("select count(*) from dossier where reference = 'RPT-1'", Long.class) > 0) {
            return;
        }
        for (int i = 1; i <= 5; i++) {
            dossier(i, "infirmier", "ars", true, true, 1, i <= 4, true, "TERMINE", "Rochefort-RPT");
            suivi(i, 3, "Rochefort-RPT");
        }
        suivi(1, 6, "Rochefort-RPT");
        dossier(6, "infirmier", "cpam", true, true, 2, false, false, "EN_COURS", null);
        jdbc.update("update ligne_reporting set croisement_le = ? where reference = 'RPT-6'", jour(6, 20));
        dossier(7, "medecin-generaliste", "ars", true, true, 0, false, false, "ARRETE", null);
        dossier(8, "medecin-generaliste", "ars", true, false, 0, false, false, "EN_COURS", null);
        dossier(9, "medecin-generaliste", "elus", false, false, 0, false, false, "EN_COURS", null);
    }

    @Test
    void thePdfHoldsTheFiguresWithSmallCountsHiddenAndNothingPersonal() throws IOException {
        RapportPeriodique rapport = produire();
        String texte = texte(rapport.getPdf());

        assertThat(texte).contains("Rapport d'activité – Élus référents santé", "Territoire de démonstration",
                "Demandes reçues du 01/02/2012 au 30/04/2012", "Données agrégées ; effectifs inférieurs à 5 masqués",
                "Entonnoir des étapes", "Délais entre les étapes (en jours)");
        assertThat(texte).contains("Demandes reçues 9", "Entretiens réalisés 8", "Croisements réalisés 7",
                "Visites réalisées 6", "Débriefs à froid 5", "Installations 5");
        assertThat(texte).contains("Infirmier ou infirmière masqué").containsPattern("Médecin[^\\n]* < 5");
        assertThat(texte).contains("Rochefort-RPT masqué", "Non renseignée < 5");
        assertThat(texte).contains("Débrief à chaud → débrief à froid masqué masqué < 5");
        assertThat(texte).doesNotContain(NOM, "Aurélie", COURRIEL, "06 12 34 56 78", "Cabinet", "RPT-1", "%");
    }

    @Test
    void theXlsxHoldsTheSameProtectedValuesNoCountBelowTheThreshold() throws IOException {
        Map<String, List<List<Object>>> feuilles = feuilles(produire().getXlsx());

        assertThat(feuilles.keySet()).first().isEqualTo(RapportXlsx.PRESENTATION);
        assertThat(feuilles.get("Entonnoir des étapes")).contains(List.of("Demandes reçues", 9.0), List.of("Installations", 5.0));
        assertThat(feuilles.get("Dossiers par commune")).contains(List.of("Rochefort-RPT", "masqué"), List.of("Non renseignée", "< 5"));
        assertThat(feuilles.get("Dossiers par origine de la dema")).contains(List.of("Élus", "< 5"));
        assertThat(feuilles.get("Installations constatées aux su")).contains(List.of("Rochefort-RPT", 5.0, "< 5", 0.0));
        feuilles.forEach((nom, lignes) -> lignes.forEach(ligne -> {
            assertThat(ligne).noneMatch(valeur -> valeur instanceof String texte
                    && (texte.contains(NOM) || texte.contains(COURRIEL) || texte.contains("Cabinet")));
            // Delays in days may be small; every count (the delays' last column, all other figures) is 0 or at least 5.
            List<Object> comptes = nom.startsWith("Délais") ? ligne.subList(Math.min(3, ligne.size()), ligne.size()) : ligne;
            assertThat(comptes).noneMatch(valeur -> valeur instanceof Double nombre && nombre > 0 && nombre < 5);
        }));
    }

    @Test
    void theSendersWordIsWrittenIntoTheStoredPdfWithTheSameFigures() throws IOException {
        RapportPeriodique rapport = produire();
        rapports.commenter(rapport.getId(), "Trois installations de plus qu'à l'automne : merci aux équipes.");

        RapportPeriodique relu = rapports.trouver(rapport.getId()).orElseThrow();
        assertThat(relu.getCommentaire()).startsWith("Trois installations");
        assertThat(texte(relu.getPdf())).contains("Le mot de l'équipe", "merci aux équipes", "Demandes reçues 9");
        // Kept for a look (pdftoppm -png -r 60 target/rapports/rapport-exemple.pdf …): layout is not asserted here.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "rapports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "rapports", "rapport-exemple.pdf"), relu.getPdf());
        assertThat(rapports.derniers(1)).extracting(RapportPeriodique::getId).containsExactly(rapport.getId());
    }

    private RapportPeriodique produire() {
        return rapports.produire(Audience.ELUS_REFERENTS, LocalDate.of(2012, 2, 1), LocalDate.of(2012, 4, 30), "cls-test");
    }

    static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    /** Sheet name → rows; each row's cells as String or Double (empty cells skipped). */
    static Map<String, List<List<Object>>> feuilles(byte[] xlsx) throws IOException {
        Map<String, List<List<Object>>> feuilles = new LinkedHashMap<>();
        try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet feuille : classeur.getSheets().toList()) {
                List<List<Object>> lignes = new ArrayList<>();
                for (Row row : feuille.read()) {
                    List<Object> valeurs = new ArrayList<>();
                    for (Cell cell : row) {
                        if (cell == null || cell.getType() == CellType.EMPTY) {
                            continue;
                        }
                        valeurs.add(cell.getType() == CellType.NUMBER ? (Object) cell.asNumber().doubleValue() : cell.getText());
                    }
                    lignes.add(valeurs);
                }
                feuilles.put(feuille.getName(), lignes);
            }
        }
        return feuilles;
    }

    private void dossier(int n, String profession, String origine, boolean entretien, boolean croisement, int visites,
            boolean debriefChaud, boolean debriefFroid, String statut, String commune) {
        String reference = "RPT-" + n;
        Timestamp demande = jour(n, 1);
        jdbc.update("""
                insert into dossier (reference, etape, statut, en_retard, cree_le, modifie_le, prenom, nom, email, telephone,
                    profession, origine_demande, situation_actuelle, horizon, consentement_le)
                values (?, 'RECUEIL', 'EN_COURS', false, ?, ?, 'Aurélie', ?, ?, '06 12 34 56 78', ?, ?, 'Fixture', 'moyen', ?)""",
                reference, demande, demande, NOM, COURRIEL, profession, origine, demande);
        jdbc.update("""
                insert into ligne_reporting (dossier_id, reference, professionnel, recherche, profession, origine_demande,
                    demande_le, croisements, visites, suivis_realises, etape, statut, en_retard)
                select id, reference, 'Aurélie Rapportine-RPT', lower(reference), profession, origine_demande, cree_le, 0, 0, 0,
                    'RECUEIL', 'EN_COURS', false
                from dossier where reference = ?""", reference);
        jdbc.update("""
                update ligne_reporting set entretien_realise_le = ?, croisement_le = ?, visites = ?, debrief_chaud_le = ?,
                    debrief_froid_le = ?, statut = ?, etape = 'CLOS', lieu_installation = ?, commune = ?
                where reference = ?""", entretien ? jour(n, 6) : null, croisement ? jour(n, 9) : null, visites,
                debriefChaud ? jour(n, 20) : null, debriefFroid ? jour(n, 30) : null, statut,
                commune == null ? null : "Cabinet " + commune, commune, reference);
    }

    private void suivi(int n, int mois, String commune) {
        jdbc.update("""
                insert into suivi (dossier_id, mois, prevu_le, realise_le, situation, commune)
                values ((select id from dossier where reference = ?), ?, ?, ?, 'installe', ?)""",
                "RPT-" + n, mois, jour(n, 100), jour(n, 101), commune);
    }

    /** Dossier n's request is on 2 February 2012 + n days; {@code plus} days later, at 10:00 UTC. */
    private static Timestamp jour(int n, int plus) {
        return Timestamp.from(Instant.parse("2012-02-01T10:00:00Z").plusSeconds(86_400L * (n + plus - 1)));
    }
}
