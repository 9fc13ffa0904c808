package fr.territoire.sante.installation.catalogue;

/**
 * The CSV export's defence against formula injection (OWASP "CSV injection"), made reversible so that
 * an exported catalogue re-imported changes nothing. Rule: the export prefixes one apostrophe to a value
 * that starts with any number of apostrophes followed by '=', '+', '-', '@', tab or carriage return
 * (the characters the reporting table's CSV neutralises); the import removes one leading apostrophe from
 * exactly those values. Values that already begin with apostrophes get one more, so a value typed as
 * "'=x" comes back as "'=x", not "=x". XLSX needs none of this: its text cells are never formulas.
 */
final class Formules {

    private static final String DECLENCHEURS = "=+-@\t\r";

    private Formules() {
    }

    /** For the CSV export. */
    static String proteger(String valeur) {
        return aProteger(valeur) ? "'" + valeur : valeur;
    }

    /** For the CSV import: the inverse of {@link #proteger}. */
    static String retirer(String valeur) {
        return valeur.startsWith("'") && aProteger(valeur.substring(1)) ? valeur.substring(1) : valeur;
    }

    private static boolean aProteger(String valeur) {
        int i = 0;
        while (i < valeur.length() && valeur.charAt(i) == '\'') {
            i++;
        }
        return i < valeur.length() && DECLENCHEURS.indexOf(valeur.charAt(i)) >= 0;
    }
}
