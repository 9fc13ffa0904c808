package fr.territoire.sante.installation.dashboard;

import fr.territoire.sante.installation.reporting.FichierCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A figure's data as CSV, written the way the reporting table's export is (Excel set up in French: UTF-8
 * with a byte order mark, ';' between values, decimal commas, typed text neutralised).
 */
final class CsvFigure {

    private CsvFigure() {
    }

    static byte[] ecrire(Figure figure, Periode periode) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        NumberFormat nombres = NumberFormat.getNumberInstance(Locale.FRANCE);
        nombres.setGroupingUsed(false);
        nombres.setMaximumFractionDigits(1);
        try (OutputStreamWriter writer = new OutputStreamWriter(sortie, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            List<String> entete = new ArrayList<>();
            entete.add(figure.titre() + " – " + periode.libelle());
            entete.addAll(figure.series());
            csv.printRecord(entete);
            for (Figure.Ligne ligne : figure.lignes()) {
                List<String> valeurs = new ArrayList<>();
                valeurs.add(FichierCsv.neutralise(ligne.libelle()));
                ligne.valeurs().forEach(valeur -> valeurs.add(valeur == null ? "" : nombres.format(valeur)));
                csv.printRecord(valeurs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }
}
