package fr.territoire.sante.installation.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rows of an imported catalogue file, CSV or XLSX, each as its cells in the order of the catalogue's
 * columns ({@link SaisieLieu#COLONNES}, {@link SaisieBesoin#COLONNES}) with the line number the spreadsheet shows. The header may list the columns in any order but
 * must name each exactly once; blank rows are skipped. Anything that makes the whole file unreadable is
 * a {@link FichierIllisible} with a French message.
 */
final class LectureFichier {

    static final int LIGNES_MAX = 5_000;
    static final long TAILLE_MAX = 5L * 1024 * 1024;

    /**
     * One data row: its line in the spreadsheet (header = 1), its cells in COLONNES order, and what makes
     * it unfit whatever its values ({@code anomalies}, as "« colonne » : raison"), which refuses the row.
     */
    record LigneLue(int numero, List<String> cellules, List<String> anomalies) {
    }

    private LectureFichier() {
    }

    /** An uploaded file: refused in French when absent, empty or over 5 MB, read otherwise. */
    static List<LigneLue> lire(MultipartFile fichier, List<String> colonnes) {
        if (fichier == null || fichier.isEmpty()) {
            throw new FichierIllisible("Aucun fichier reçu, ou fichier vide : choisissez un fichier .csv ou .xlsx.");
        }
        if (fichier.getSize() > TAILLE_MAX) {
            throw new FichierIllisible("Fichier trop volumineux : 5 Mo au plus.");
        }
        try {
            return lire(fichier.getOriginalFilename(), fichier.getBytes(), colonnes);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static List<LigneLue> lire(String nomFichier, byte[] contenu, List<String> colonnes) {
        String nom = nomFichier == null ? "" : nomFichier.toLowerCase(Locale.ROOT);
        if (commencePar(contenu, 0x50, 0x4B, 0x03, 0x04)) {
            return xlsx(contenu, colonnes);
        }
        if (commencePar(contenu, 0xD0, 0xCF, 0x11, 0xE0) || nom.endsWith(".xls")) {
            throw new FichierIllisible("Ancien format Excel (.xls) non pris en charge : enregistrez le fichier en .xlsx ou en CSV.");
        }
        if (nom.endsWith(".xlsx")) {
            throw new FichierIllisible("Le fichier .xlsx est illisible (classeur endommagé ?).");
        }
        if (!nom.isEmpty() && !nom.endsWith(".csv") && !nom.endsWith(".txt")) {
            throw new FichierIllisible("Type de fichier non pris en charge : fournissez un fichier .csv ou .xlsx.");
        }
        return csv(texte(contenu), colonnes);
    }

    /** A file's signature: a zip (XLSX) or an OLE2 compound file (the old .xls). */
    private static boolean commencePar(byte[] contenu, int... signature) {
        if (contenu.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((contenu[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<LigneLue> xlsx(byte[] contenu, List<String> colonnes) {
        try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(contenu));
             Stream<Row> lignes = classeur.getFirstSheet().openStream()) {
            Lignes resultat = null;
            for (Row row : (Iterable<Row>) lignes::iterator) {
                List<String> cellules = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cellules.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                resultat = ajouter(resultat, row.getRowNum(), cellules, colonnes);
            }
            return fin(resultat);
        } catch (IOException | RuntimeException illisible) {
            if (illisible instanceof FichierIllisible dejaDit) {
                throw dejaDit;
            }
            throw new FichierIllisible("Le fichier .xlsx est illisible (classeur endommagé ?).");
        }
    }

    private static List<LigneLue> csv(String texte, List<String> colonnes) {
        int finLigne = texte.indexOf('\n');
        String entete = finLigne < 0 ? texte : texte.substring(0, finLigne);
        char separateur = entete.chars().filter(c -> c == ';').count() >= entete.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        // EXCEL keeps empty lines as records, so a record's number is the row the spreadsheet shows.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(separateur).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(texte), format)) {
            Lignes resultat = null;
            for (CSVRecord record : parser) {
                // Only CSV carries the export's protective apostrophe (see Formules).
                List<String> cellules = record.stream().map(Formules::retirer).toList();
                resultat = ajouter(resultat, Math.toIntExact(record.getRecordNumber()), cellules, colonnes);
            }
            return fin(resultat);
        } catch (IOException | UncheckedIOException | IllegalStateException malForme) {
            throw new FichierIllisible("Le fichier CSV est mal formé (guillemet non fermé ?).");
        }
    }

    private static String texte(byte[] contenu) {
        try {
            String texte = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(contenu)).toString();
            return texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        } catch (CharacterCodingException pasUtf8) {
            throw new FichierIllisible("Le fichier CSV doit être encodé en UTF-8 (dans Excel : « CSV UTF-8 »).");
        }
    }

    /** The first row is the header; the others are data, placed in COLONNES order. */
    private static Lignes ajouter(Lignes lignes, int numero, List<String> cellules, List<String> colonnes) {
        if (lignes == null) {
            return new Lignes(ordre(cellules, colonnes));
        }
        if (cellules.stream().allMatch(String::isBlank)) {
            return lignes;
        }
        if (lignes.lues.size() == LIGNES_MAX) {
            throw new FichierIllisible("Le fichier dépasse " + LIGNES_MAX + " lignes : découpez-le en plusieurs fichiers.");
        }
        List<String> rangees = Arrays.asList(new String[colonnes.size()]);
        List<String> anomalies = new ArrayList<>();
        for (int c = 0; c < lignes.ordre.length && c < cellules.size(); c++) {
            if (lignes.ordre[c] >= 0) {
                String cellule = cellules.get(c);
                // PostgreSQL stores no NUL in text: the row is refused here, named, instead of failing the file.
                if (cellule.indexOf('\0') >= 0) {
                    anomalies.add("« " + colonnes.get(lignes.ordre[c]) + " » : caractère nul (invisible) dans la cellule ; retapez-la.");
                    cellule = cellule.replace("\0", "");
                }
                rangees.set(lignes.ordre[c], cellule);
            }
        }
        lignes.lues.add(new LigneLue(numero, rangees, List.copyOf(anomalies)));
        return lignes;
    }

    private static List<LigneLue> fin(Lignes lignes) {
        if (lignes == null) {
            throw new FichierIllisible("Le fichier est vide : la première ligne doit nommer les colonnes.");
        }
        return lignes.lues;
    }

    /** For each header cell, its index in colonnes (-1 for a blank one); unknown, missing or repeated columns refused. */
    private static int[] ordre(List<String> entete, List<String> colonnes) {
        int[] ordre = new int[entete.size()];
        boolean[] vues = new boolean[colonnes.size()];
        for (int c = 0; c < entete.size(); c++) {
            String libelle = entete.get(c).trim();
            ordre[c] = libelle.isEmpty() ? -1 : colonnes.indexOf(libelle);
            if (!libelle.isEmpty() && ordre[c] < 0) {
                throw new FichierIllisible("Colonne inconnue : « " + libelle + " ». Colonnes attendues : "
                        + String.join(", ", colonnes) + ".");
            }
            if (ordre[c] >= 0 && vues[ordre[c]]) {
                throw new FichierIllisible("Colonne en double : « " + libelle + " ».");
            }
            if (ordre[c] >= 0) {
                vues[ordre[c]] = true;
            }
        }
        for (int i = 0; i < vues.length; i++) {
            if (!vues[i]) {
                throw new FichierIllisible("Colonne manquante : « " + colonnes.get(i) + " ».");
            }
        }
        return ordre;
    }

    private record Lignes(int[] ordre, List<LigneLue> lues) {
        Lignes(int[] ordre) {
            this(ordre, new ArrayList<>());
        }
    }
}
