package fr.territoire.sante.installation.catalogue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A catalogue written as a file its import reads back unchanged, whatever the catalogue: the columns'
 * header, then one row per entry as a person would type it. Entries are read a batch at a time, each batch
 * in its own short read-only transaction, and written outside it: memory stays flat and no transaction
 * waits on a slow client.
 */
final class Tableur {

    static final int LOT = 200;

    private Tableur() {
    }

    @FunctionalInterface
    interface Ecriture {
        void ligne(List<String> valeurs) throws IOException;
    }

    /** Hands every row, in order, to the writer. */
    @FunctionalInterface
    interface Source {
        void parcourir(Ecriture ecriture) throws IOException;
    }

    /** A row read with the unique key it was sorted by. */
    record Lu(String cle, List<String> valeurs) {
    }

    /**
     * Keyset pagination on a unique key: {@code lot} returns up to {@link #LOT} rows whose key follows the
     * given one, in key order; stable, and cheap at any depth.
     */
    static Source parLots(TransactionTemplate lecture, Function<String, List<Lu>> lot) {
        return ecriture -> {
            String apres = "";
            List<Lu> lus;
            do {
                String depuis = apres;
                lus = lecture.execute(status -> lot.apply(depuis));
                for (Lu lu : lus) {
                    ecriture.ligne(lu.valeurs());
                    apres = lu.cle();
                }
            } while (lus.size() == LOT);
        };
    }

    /** UTF-8 with a byte order mark and ';', as the reporting table's CSV, for Excel set up in French. */
    static void csv(List<String> colonnes, Source source, OutputStream sortie) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        csv.printRecord(colonnes);
        source.parcourir(valeurs -> csv.printRecord(valeurs.stream().map(Formules::proteger)));
        csv.flush();
    }

    /** Text cells are inline strings, never formulas: the values are exactly the typed ones. */
    static void xlsx(List<String> colonnes, String nomFeuille, Source source, OutputStream sortie) throws IOException {
        Workbook classeur = new Workbook(sortie, "Accompagnement installation", "1.0");
        Worksheet feuille = classeur.newWorksheet(nomFeuille);
        for (int c = 0; c < colonnes.size(); c++) {
            feuille.width(c, Math.max(18, colonnes.get(c).length() + 3));
            feuille.inlineString(0, c, colonnes.get(c));
        }
        feuille.range(0, 0, 0, colonnes.size() - 1).style().bold().set();
        feuille.freezePane(0, 1);
        int[] ligne = {0};
        source.parcourir(valeurs -> {
            ligne[0]++;
            for (int c = 0; c < valeurs.size(); c++) {
                if (!valeurs.get(c).isEmpty()) {
                    feuille.inlineString(ligne[0], c, valeurs.get(c));
                }
            }
            if (ligne[0] % LOT == 0) {
                // Written rows leave memory; the header settings above must precede the first flush.
                feuille.flush();
            }
        });
        classeur.finish();
    }
}
