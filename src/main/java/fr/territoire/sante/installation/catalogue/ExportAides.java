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
 * The aids catalogue as a file the import reads back unchanged: {@link SaisieAide#COLONNES}, one row per
 * aid as {@link SaisieAide#de} types it, in key order. As {@link ExportLieux}: batches read in short
 * read-only transactions, written outside them; CSV values protected by {@link Formules}.
 */
@Service
public class ExportAides {

    private static final int LOT = 200;

    private final EntityManager entites;
    private final Libelles libelles;
    private final TransactionTemplate lecture;

    ExportAides(EntityManager entites, Libelles libelles, PlatformTransactionManager transactions) {
        this.entites = entites;
        this.libelles = libelles;
        this.lecture = new TransactionTemplate(transactions);
        this.lecture.setReadOnly(true);
    }

    /** UTF-8 with a byte order mark and ';', for Excel set up in French. */
    public void csv(boolean archives, OutputStream sortie) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        csv.printRecord(SaisieAide.COLONNES);
        ecrire(archives, valeurs -> csv.printRecord(valeurs.stream().map(Formules::proteger)), csv::flush);
    }

    /** Text cells are inline strings, never formulas: the values are exactly the typed ones. */
    public void xlsx(boolean archives, OutputStream sortie) throws IOException {
        Workbook classeur = new Workbook(sortie, "Accompagnement installation", "1.0");
        Worksheet feuille = classeur.newWorksheet("Aides à l'installation");
        for (int c = 0; c < SaisieAide.COLONNES.size(); c++) {
            feuille.width(c, Math.max(18, SaisieAide.COLONNES.get(c).length() + 3));
            feuille.inlineString(0, c, SaisieAide.COLONNES.get(c));
        }
        feuille.range(0, 0, 0, SaisieAide.COLONNES.size() - 1).style().bold().set();
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
        List<Lue> lot;
        do {
            String depuis = apres;
            lot = lecture.execute(status -> lot(archives, depuis, professions));
            for (Lue lue : lot) {
                ecriture.ligne(lue.valeurs());
                apres = lue.cle();
            }
        } while (lot.size() == LOT);
        fin.close();
    }

    private record Lue(String cle, List<String> valeurs) {
    }

    /** Keyset pagination on the unique key (lower-case "intitule|territoire"): stable, and cheap at any depth. */
    private List<Lue> lot(boolean archives, String apres, Map<String, String> professions) {
        List<AideInstallation> aides = entites.createQuery("select a from AideInstallation a where a.cle > :apres"
                        + (archives ? "" : " and a.archive = false") + " order by a.cle", AideInstallation.class)
                .setParameter("apres", apres)
                .setMaxResults(LOT)
                .getResultList();
        return aides.stream().map(a -> new Lue(a.getCle(), SaisieAide.de(a, professions).enColonnes())).toList();
    }
}
