package fr.territoire.sante.installation.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report's figures as a workbook: a first sheet saying what it is, then one sheet per figure with
 * the same protected values as the PDF: shown counts as numbers, hidden ones as the text "&lt; 5" or
 * "masqué" (text cells only, never formulas).
 */
final class RapportXlsx {

    static final String PRESENTATION = "Rapport";
    private static final int LONGUEUR_NOM = 31;

    private RapportXlsx() {
    }

    static byte[] ecrire(ContenuRapport contenu) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try {
            Workbook classeur = new Workbook(sortie, "Accompagnement installation", "1.0");
            Worksheet presentation = classeur.newWorksheet(PRESENTATION);
            presentation.width(0, 90);
            List<String> lignes = new java.util.ArrayList<>(List.of(contenu.titre(), contenu.territoire(), contenu.periode(),
                    contenu.produit(), contenu.mention()));
            if (contenu.commentaire() != null) {
                lignes.add("Commentaire : " + contenu.commentaire());
            }
            for (int i = 0; i < lignes.size(); i++) {
                presentation.inlineString(i, 0, lignes.get(i));
            }
            presentation.style(0, 0).bold().set();
            Set<String> noms = new HashSet<>(Set.of(PRESENTATION));
            for (FigureRapport figure : contenu.figures()) {
                feuille(classeur.newWorksheet(nom(figure.titre(), noms)), figure);
            }
            classeur.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    private static void feuille(Worksheet feuille, FigureRapport figure) {
        feuille.inlineString(0, 0, figure.titre());
        feuille.style(0, 0).bold().set();
        feuille.inlineString(1, 0, figure.explication());
        feuille.width(0, 45);
        int entete = 3;
        feuille.inlineString(entete, 0, "");
        for (int s = 0; s < figure.series().size(); s++) {
            feuille.inlineString(entete, s + 1, figure.series().get(s));
            feuille.width(s + 1, Math.max(14, figure.series().get(s).length() + 3));
        }
        feuille.range(entete, 0, entete, figure.series().size()).style().bold().set();
        int ligne = entete;
        for (FigureRapport.Ligne valeurs : figure.lignes()) {
            ligne++;
            feuille.inlineString(ligne, 0, valeurs.libelle());
            for (int s = 0; s < valeurs.cellules().size(); s++) {
                FigureRapport.Cellule cellule = valeurs.cellules().get(s);
                if (cellule.masquee()) {
                    feuille.inlineString(ligne, s + 1, cellule.texte());
                } else {
                    feuille.value(ligne, s + 1, cellule.valeur());
                }
            }
        }
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
    static String nom(String titre, Set<String> pris) {
        String nom = titre.replaceAll("[\\[\\]:*?/\\\\]", " ");
        nom = nom.length() > LONGUEUR_NOM ? nom.substring(0, LONGUEUR_NOM).strip() : nom;
        String unique = nom;
        for (int i = 2; pris.contains(unique); i++) {
            String suffixe = " " + i;
            unique = nom.substring(0, Math.min(nom.length(), LONGUEUR_NOM - suffixe.length())) + suffixe;
        }
        pris.add(unique);
        return unique;
    }
}
