package fr.territoire.sante.installation.reporting;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The table as an Excel workbook, one sheet, written by fastexcel as a stream: rows are flushed to
 * the output every {@value #LOT} rows and dropped from memory. Dates are date cells (dd/mm/yyyy),
 * counts are numbers, and text is always an inline string cell: never a formula, whatever was typed
 * (so no apostrophe is needed, and the text is exactly the stored value).
 */
final class FichierXlsx implements Closeable {

    static final String FEUILLE = "Tableau de reporting";
    static final String FORMAT_JOUR = "dd/mm/yyyy";
    private static final int LOT = 500;

    private final List<Colonne> colonnes;
    private final Workbook classeur;
    private final Worksheet feuille;
    private int ligne;

    FichierXlsx(List<Colonne> colonnes, OutputStream sortie) throws IOException {
        this.colonnes = colonnes;
        this.classeur = new Workbook(sortie, "Accompagnement installation", "1.0");
        this.feuille = classeur.newWorksheet(FEUILLE);
        // Widths and the frozen header row go into the sheet's header: set before the first flush.
        for (int c = 0; c < colonnes.size(); c++) {
            Colonne colonne = colonnes.get(c);
            feuille.width(c, largeur(colonne));
            // Inline strings, not the shared string table, which would keep every text until the end.
            feuille.inlineString(0, c, colonne.libelle());
        }
        feuille.range(0, 0, 0, colonnes.size() - 1).style().bold().set();
        feuille.freezePane(0, 1);
    }

    void ligne(LigneTableau valeurs) throws IOException {
        ligne++;
        for (int c = 0; c < colonnes.size(); c++) {
            Object valeur = valeurs.valeur(colonnes.get(c));
            if (valeur instanceof LocalDate jour) {
                feuille.value(ligne, c, jour);
                feuille.style(ligne, c).format(FORMAT_JOUR).set();
            } else if (valeur instanceof Number nombre) {
                feuille.value(ligne, c, nombre);
            } else if (valeur != null) {
                // Never formula(): a value typed by a user stays text.
                feuille.inlineString(ligne, c, valeur.toString());
            }
        }
        if (ligne % LOT == 0) {
            feuille.flush();
        }
    }

    @Override
    public void close() throws IOException {
        classeur.finish();
    }

    private static double largeur(Colonne colonne) {
        double selonContenu = switch (colonne) {
            case PROFESSIONNEL, ISSUE, ETAPE -> 32;
            case PROFESSION, SPECIALITE, ORIGINE, COMMUNE -> 22;
            case REFERENCE -> 16;
            default -> 12;
        };
        return Math.max(selonContenu, colonne.libelle().length() + 3);
    }
}
