package fr.territoire.sante.installation.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.territoire.sante.installation.dossier.Etape;
import fr.territoire.sante.installation.dossier.Statut;
import fr.territoire.sante.installation.signin.Lecteur;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ExportsTableauTest {

    private static final Lecteur CLS = new Lecteur("camille", Set.of("cls"));
    private static final Lecteur PILOTAGE = new Lecteur("elise", Set.of("pilotage"));
    private static final CSVFormat LECTURE = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    // Nothing here reaches the database: the rows are fed to the package-private writers.
    private final ExportsTableau exports = new ExportsTableau(null);

    private static final List<LigneTableau> LIGNES = List.of(
            new LigneTableau(1, "2025-0001", "=HYPERLINK(\"http://x\")", "Médecin généraliste", null, "Site internet",
                    i("2025-03-03T09:00:00Z"), i("2025-03-10T23:30:00Z"), null, null, 0, 0, null, null, 0,
                    Etape.ENTRETIEN, Statut.EN_COURS, true, i("2025-03-20T10:00:00Z"), null, null, null),
            new LigneTableau(2, "2025-0002", "+33 6 12 34 56 78", "Infirmier", "@SUM(A1)", "Bouche-à-oreille",
                    i("2025-01-15T08:00:00Z"), i("2025-01-20T08:00:00Z"), i("2025-01-20T09:00:00Z"),
                    i("2025-02-01T08:00:00Z"), 2, 3, i("2025-02-10T08:00:00Z"), i("2025-03-10T08:00:00Z"), 1,
                    Etape.SUIVI, Statut.TERMINE, false, null, null, "Saint-Flour", null),
            new LigneTableau(3, "2025-0003", "Jeanne Dupont", "Kinésithérapeute", "\tSport", "Annuaire",
                    i("2024-12-31T23:30:00Z"), null, null, null, 0, 0, null, null, 0,
                    Etape.CLOS, Statut.ARRETE, false, null, null, "-2+3", "Projet abandonné"));

    /** The rows as a staff member reads them in the CSV: formula-like text behind an apostrophe. */
    private static final List<List<String>> CSV_ATTENDU = List.of(
            List.of("2025-0001", "'=HYPERLINK(\"http://x\")", "Médecin généraliste", "", "Site internet",
                    "03/03/2025", "11/03/2025", "", "0", "", "", "0", "B – Entretien", "20/03/2025", "Oui",
                    "En cours", ""),
            List.of("2025-0002", "'+33 6 12 34 56 78", "Infirmier", "'@SUM(A1)", "Bouche-à-oreille",
                    "15/01/2025", "20/01/2025", "01/02/2025", "3", "10/02/2025", "10/03/2025", "1", "E – Suivi", "",
                    "Non", "Installé·e", "Saint-Flour"),
            List.of("2025-0003", "Jeanne Dupont", "Kinésithérapeute", "'\tSport", "Annuaire",
                    "01/01/2025", "", "", "0", "", "", "0", "Clos", "", "Non", "Arrêt : Projet abandonné", "'-2+3"));

    /** The same rows in the workbook: exact text, days as dates (Europe/Paris), counts as numbers. */
    private static final List<List<Object>> XLSX_ATTENDU = List.of(
            Arrays.asList("2025-0001", "=HYPERLINK(\"http://x\")", "Médecin généraliste", null, "Site internet",
                    d("2025-03-03"), d("2025-03-11"), null, 0, null, null, 0, "B – Entretien", d("2025-03-20"), "Oui",
                    "En cours", null),
            Arrays.asList("2025-0002", "+33 6 12 34 56 78", "Infirmier", "@SUM(A1)", "Bouche-à-oreille",
                    d("2025-01-15"), d("2025-01-20"), d("2025-02-01"), 3, d("2025-02-10"), d("2025-03-10"), 1,
                    "E – Suivi", null, "Non", "Installé·e", "Saint-Flour"),
            Arrays.asList("2025-0003", "Jeanne Dupont", "Kinésithérapeute", "\tSport", "Annuaire",
                    d("2025-01-01"), null, null, 0, null, null, 0, "Clos", null, "Non", "Arrêt : Projet abandonné",
                    "-2+3"));

    private static final List<String> NOMS = List.of("HYPERLINK", "+33 6", "@SUM", "Jeanne Dupont", "Sport");

    @Test
    void csv_has_a_bom_the_labels_and_every_value_with_formulas_defused() throws IOException {
        byte[] fichier = csv(CLS, LIGNES);

        assertThat(Arrays.copyOf(fichier, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> lignes = lireCsv(fichier);
        assertThat(lignes.get(0).toList()).containsExactlyElementsOf(libelles(Colonne.values()));
        assertThat(lignes.subList(1, lignes.size())).extracting(CSVRecord::toList).containsExactlyElementsOf(CSV_ATTENDU);
        assertThat(new String(fichier, StandardCharsets.UTF_8)).contains(";").contains("\r\n");
    }

    @Test
    void xlsx_has_one_sheet_bold_frozen_header_dates_numbers_and_text_never_formulas() throws IOException {
        byte[] fichier = xlsx(CLS, LIGNES);

        try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(fichier),
                new ReadingOptions(true, false))) {
            assertThat(classeur.getSheets().map(Sheet::getName)).containsExactly("Tableau de reporting");
            List<Row> lignes = classeur.getFirstSheet().read();
            assertThat(textes(lignes.get(0))).containsExactlyElementsOf(libelles(Colonne.values()));
            assertThat(lignes).hasSize(1 + LIGNES.size());
            for (int r = 0; r < LIGNES.size(); r++) {
                Row ligne = lignes.get(r + 1);
                List<Object> attendu = XLSX_ATTENDU.get(r);
                for (int c = 0; c < attendu.size(); c++) {
                    assertCellule(ligne, c, attendu.get(c));
                }
            }
        }
        String feuille = entree(fichier, "xl/worksheets/sheet1.xml");
        assertThat(feuille).doesNotContain("<f>").contains("<pane").contains("state=\"frozen\"").contains("<col ");
        assertThat(entree(fichier, "xl/styles.xml")).contains("<b/>").contains("dd/mm/yyyy");
    }

    @Test
    void pilotage_gets_neither_the_identifying_columns_nor_the_names() throws IOException {
        List<String> sansIdentite = libelles(Arrays.stream(Colonne.values()).filter(c -> !c.identifiante())
                .toArray(Colonne[]::new));
        assertThat(sansIdentite).doesNotContain("Professionnel", "Spécialité").hasSize(Colonne.values().length - 2);

        List<CSVRecord> csv = lireCsv(csv(PILOTAGE, LIGNES));
        assertThat(csv.get(0).toList()).containsExactlyElementsOf(sansIdentite);
        assertThat(csv).hasSize(1 + LIGNES.size()).allSatisfy(ligne -> {
            assertThat(ligne.size()).isEqualTo(sansIdentite.size());
            assertThat(String.join(";", ligne.toList())).doesNotContain(NOMS);
        });

        try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(xlsx(PILOTAGE, LIGNES)))) {
            List<Row> lignes = classeur.getFirstSheet().read();
            assertThat(textes(lignes.get(0))).containsExactlyElementsOf(sansIdentite);
            assertThat(lignes).hasSize(1 + LIGNES.size()).allSatisfy(ligne -> {
                assertThat(ligne.getCellCount()).isLessThanOrEqualTo(sansIdentite.size());
                assertThat(String.join(";", textes(ligne))).doesNotContain(NOMS);
            });
            assertThat(lignes.get(2).getCellText(1)).isEqualTo("Infirmier");
        }
    }

    @Test
    void a_hundred_thousand_rows_stream_through_the_csv_writer() throws Exception {
        int nombre = 100_000;
        PipedInputStream lecture = new PipedInputStream(64 * 1024);
        AtomicLong octets = new AtomicLong();
        AtomicInteger luesAMiChemin = new AtomicInteger(-1);
        AtomicInteger lues = new AtomicInteger();
        OutputStream sortie = new Comptage(new PipedOutputStream(lecture), octets);

        CompletableFuture<Void> ecriture = CompletableFuture.runAsync(() -> {
            try (sortie) {
                exports.csv(CLS, destination -> {
                    for (int n = 0; n < nombre; n++) {
                        if (n == nombre / 2) {
                            luesAMiChemin.set(lues.get());
                        }
                        destination.accept(ligne(n));
                    }
                }, sortie);
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        });
        try (Reader texte = new InputStreamReader(sansBom(lecture), StandardCharsets.UTF_8);
                CSVParser parser = LECTURE.parse(texte)) {
            for (CSVRecord ignored : parser) {
                lues.incrementAndGet();
            }
        }
        ecriture.get(30, TimeUnit.SECONDS);

        assertThat(lues.get()).isEqualTo(1 + nombre);
        assertThat(octets.get()).isGreaterThan(nombre * 50L);
        // Rows reach the client while the source is still reading: nothing waits for the last row.
        assertThat(luesAMiChemin.get()).isGreaterThan(nombre / 2 - 5_000);
    }

    @Test
    void only_text_starting_like_a_formula_is_prefixed() {
        assertThat(FichierCsv.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(FichierCsv.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(FichierCsv.neutralise("Saint-Flour")).isEqualTo("Saint-Flour");
        assertThat(FichierCsv.neutralise("")).isEmpty();
    }

    private byte[] csv(Lecteur lecteur, List<LigneTableau> lignes) throws IOException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        exports.csv(lecteur, lignes::forEach, sortie);
        return sortie.toByteArray();
    }

    private byte[] xlsx(Lecteur lecteur, List<LigneTableau> lignes) throws IOException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        exports.xlsx(lecteur, lignes::forEach, sortie);
        return sortie.toByteArray();
    }

    private static List<CSVRecord> lireCsv(byte[] fichier) throws IOException {
        try (CSVParser parser = LECTURE.parse(new InputStreamReader(
                new ByteArrayInputStream(fichier, 3, fichier.length - 3), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static InputStream sansBom(InputStream entree) throws IOException {
        assertThat(entree.readNBytes(3)).containsExactly(0xEF, 0xBB, 0xBF);
        return entree;
    }

    private static void assertCellule(Row ligne, int c, Object attendu) {
        String ou = "ligne " + ligne.getRowNum() + ", colonne " + Colonne.values()[c].libelle();
        Cell cellule = ligne.getOptionalCell(c).orElse(null);
        if (attendu == null) {
            assertThat(cellule == null || cellule.getType() == CellType.EMPTY).as(ou).isTrue();
        } else if (attendu instanceof LocalDate jour) {
            assertThat(cellule.getType()).as(ou).isEqualTo(CellType.NUMBER);
            assertThat(cellule.getDataFormatString()).as(ou).isEqualTo("dd/mm/yyyy");
            assertThat(cellule.asDate()).as(ou).isEqualTo(jour.atStartOfDay());
        } else if (attendu instanceof Integer nombre) {
            assertThat(cellule.getType()).as(ou).isEqualTo(CellType.NUMBER);
            assertThat(cellule.asNumber()).as(ou).isEqualByComparingTo(BigDecimal.valueOf(nombre));
        } else {
            // Typed text is a string cell holding exactly what was typed: Excel never evaluates it.
            assertThat(cellule.getType()).as(ou).isEqualTo(CellType.STRING);
            assertThat(cellule.getFormula()).as(ou).isNull();
            assertThat(cellule.asString()).as(ou).isEqualTo(attendu);
        }
    }

    private static List<String> textes(Row ligne) {
        List<String> textes = new ArrayList<>();
        for (int c = 0; c < ligne.getCellCount(); c++) {
            textes.add(ligne.getCellText(c));
        }
        return textes;
    }

    private static List<String> libelles(Colonne[] colonnes) {
        return Arrays.stream(colonnes).map(Colonne::libelle).toList();
    }

    /** A part of the workbook, read through the zip's central directory (entries are streamed). */
    private static String entree(byte[] xlsx, String nom) throws IOException {
        java.nio.file.Path fichier = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(fichier, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(fichier.toFile())) {
                java.util.zip.ZipEntry entree = zip.getEntry(nom);
                assertThat(entree).as(nom).isNotNull();
                try (InputStream contenu = zip.getInputStream(entree)) {
                    return new String(contenu.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            java.nio.file.Files.delete(fichier);
        }
    }

    private static LigneTableau ligne(int n) {
        Instant demande = Instant.parse("2025-01-01T08:00:00Z").plusSeconds(60L * n);
        return new LigneTableau(n, "2025-" + n, "Professionnel " + n, "Médecin généraliste", "Pédiatrie",
                "Site internet", demande, demande, null, null, n % 3, n % 5, null, null, 0,
                Etape.ENTRETIEN, Statut.EN_COURS, n % 2 == 0, demande, null, "Aurillac", null);
    }

    private static Instant i(String instant) {
        return Instant.parse(instant);
    }

    private static LocalDate d(String jour) {
        return LocalDate.parse(jour);
    }

    /** Counts what goes through, keeps nothing. */
    private static final class Comptage extends FilterOutputStream {
        private final AtomicLong octets;

        Comptage(OutputStream sortie, AtomicLong octets) {
            super(sortie);
            this.octets = octets;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            octets.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            octets.addAndGet(len);
        }
    }
}
