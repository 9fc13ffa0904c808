package fr.territoire.sante.installation.catalogue;

import fr.territoire.sante.installation.reporting.Libelles;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue as a file the import reads back unchanged: {@link SaisieLieu#COLONNES}, one row per site
 * as {@link SaisieLieu#de} types it, sorted by name then commune. Sites are read a batch at a time, each
 * batch in its own short read-only transaction, and written outside it: memory stays flat and no
 * transaction waits on a slow client.
 */
@Service
public class ExportLieux {

    private static final int LOT = 200;

    private final EntityManager entites;
    private final Libelles libelles;
    private final TransactionTemplate lecture;

    ExportLieux(EntityManager entites, Libelles libelles, PlatformTransactionManager transactions) {
        this.entites = entites;
        this.libelles = libelles;
        this.lecture = new TransactionTemplate(transactions);
        this.lecture.setReadOnly(true);
    }

    /** UTF-8 with a byte order mark and ';', as the reporting table's CSV, for Excel set up in French. */
    public void csv(boolean archives, OutputStream sortie) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        csv.printRecord(SaisieLieu.COLONNES);
        ecrire(archives, valeurs -> csv.printRecord(valeurs.stream().map(Formules::proteger)), csv::flush);
    }

    /** Text cells are inline strings, never formulas: the values are exactly the typed ones. */
    public void xlsx(boolean archives, OutputStream sortie) throws IOException {
        Workbook classeur = new Workbook(sortie, "Accompagnement installation", "1.0");
        Worksheet feuille = classeur.newWorksheet("Lieux d'exercice");
        for (int c = 0; c < SaisieLieu.COLONNES.size(); c++) {
            feuille.width(c, Math.max(18, SaisieLieu.COLONNES.get(c).length() + 3));
            feuille.inlineString(0, c, SaisieLieu.COLONNES.get(c));
        }
        feuille.range(0, 0, 0, SaisieLieu.COLONNES.size() - 1).style().bold().set();
        feuille.freezePane(0, 1);
        int[] ligne = {0};
        ecrire(archives, valeurs -> {
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
        }, classeur::finish);
    }

    @FunctionalInterface
    private interface Ecriture {
        void ligne(List<String> valeurs) throws IOException;
    }

    private void ecrire(boolean archives, Ecriture ecriture, Closeable fin) throws IOException {
        Map<String, String> professions = libelles.options().professions();
        String apres = "";
        List<Lu> lot;
        do {
            String depuis = apres;
            lot = lecture.execute(status -> lot(archives, depuis, professions));
            for (Lu lu : lot) {
                ecriture.ligne(lu.valeurs());
                apres = lu.cle();
            }
        } while (lot.size() == LOT);
        fin.close();
    }

    private record Lu(String cle, List<String> valeurs) {
    }

    /** Keyset pagination on the unique key (lower-case "nom|commune"): stable, and cheap at any depth. */
    private List<Lu> lot(boolean archives, String apres, Map<String, String> professions) {
        List<LieuExercice> lieux = entites.createQuery("select l from LieuExercice l where l.cle > :apres"
                        + (archives ? "" : " and l.archive = false") + " order by l.cle", LieuExercice.class)
                .setParameter("apres", apres)
                .setMaxResults(LOT)
                .getResultList();
        return lieux.stream().map(l -> new Lu(l.getCle(), SaisieLieu.de(l, professions).enColonnes())).toList();
    }
}
