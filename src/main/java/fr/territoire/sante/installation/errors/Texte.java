package fr.territoire.sante.installation.errors;

/** Bits of what a person sent, made fit to be quoted in a message: short, one line, no control characters. */
public final class Texte {

    private Texte() {
    }

    /** At most {@code max} characters (then "…"), control characters (NUL included) dropped. */
    public static String extrait(String texte, int max) {
        if (texte == null) {
            return "";
        }
        StringBuilder propre = new StringBuilder();
        texte.codePoints().limit(max + 1L).filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(propre::appendCodePoint);
        if (propre.codePointCount(0, propre.length()) > max) {
            return propre.substring(0, propre.offsetByCodePoints(0, max)) + "…";
        }
        return propre.toString();
    }
}
