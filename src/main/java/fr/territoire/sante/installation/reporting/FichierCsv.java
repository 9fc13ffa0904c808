package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.process.Calendrier;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The table as CSV for Excel set up in French: UTF-8 with a byte order mark (otherwise Excel reads
 * Windows-1252), ';' between values, dates as dd/MM/yyyy. Text that a spreadsheet would take for a
 * formula is prefixed with an apostrophe (OWASP "CSV injection").
 */
public final class FichierCsv implements Closeable {

    static final char SEPARATEUR = ';';
    private static final char BOM = '\uFEFF';
    /** Rows between flushes: the client receives the file as it is written, in modest chunks. */
    private static final int LOT = 500;

    private final List<Colonne> colonnes;
    private final CSVPrinter csv;
    private int lignes;

    FichierCsv(List<Colonne> colonnes, OutputStream sortie) throws IOException {
        this.colonnes = colonnes;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8));
        writer.write(BOM);
        this.csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(SEPARATEUR).get());
        csv.printRecord(colonnes.stream().map(Colonne::libelle));
    }

    void ligne(LigneTableau ligne) throws IOException {
        List<String> valeurs = new ArrayList<>(colonnes.size());
        for (Colonne colonne : colonnes) {
            valeurs.add(texte(ligne.valeur(colonne)));
        }
        csv.printRecord(valeurs);
        if (++lignes % LOT == 0) {
            csv.flush();
        }
    }

    /** Flushes what is left; the stream stays open, it belongs to the caller. */
    @Override
    public void close() throws IOException {
        csv.flush();
    }

    static String texte(Object valeur) {
        if (valeur == null) {
            return "";
        }
        if (valeur instanceof LocalDate jour) {
            return Calendrier.JOUR.format(jour);
        }
        return valeur instanceof String saisie ? neutralise(saisie) : valeur.toString();
    }

    /** A leading apostrophe keeps Excel and LibreOffice from evaluating what someone typed. */
    public static String neutralise(String saisie) {
        return !saisie.isEmpty() && "=+-@\t\r".indexOf(saisie.charAt(0)) >= 0 ? "'" + saisie : saisie;
    }
}
