package fr.territoire.sante.installation.errors;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure no translation knows: the user gets a 500 with a generic French message and a reference,
 * and the log gets the same reference with what an operator needs to find the fault (the classes of the
 * failure and its causes, SQL states, where it was thrown) but never the exceptions' messages, which may
 * quote what was typed (a name, an e-mail, a whole SQL statement with its values). Each entry is bounded
 * in size, whatever was sent.
 */
@Component
public class ErreursInattendues {

    private static final Logger LOG = LoggerFactory.getLogger(ErreursInattendues.class);
    private static final SecureRandom HASARD = new SecureRandom();
    private static final int LIGNES_PAR_CAUSE = 6;

    public ErreurTraduite enregistrer(Throwable erreur, String methode, String chemin) {
        String reference = nouvelleReference();
        LOG.error("Unexpected error {} on {} {}:{}", reference, methode, Texte.extrait(chemin, 120), resume(erreur));
        return new ErreurTraduite(500, message(reference));
    }

    /** The generic answer, which names the reference the log carries. */
    public static String message(String reference) {
        return "Une erreur inattendue est survenue (référence " + reference + "). Réessayez dans quelques instants ; "
                + "si l'erreur persiste, transmettez cette référence à l'administrateur de l'application.";
    }

    static String nouvelleReference() {
        byte[] octets = new byte[5];
        HASARD.nextBytes(octets);
        return "E-" + HexFormat.of().formatHex(octets).toUpperCase(Locale.ROOT);
    }

    /** Classes, SQL states and a few frames of each cause; no message. */
    static String resume(Throwable erreur) {
        StringBuilder resume = new StringBuilder();
        List<Throwable> causes = Causes.de(erreur);
        for (Throwable cause : causes.subList(0, Math.min(causes.size(), 8))) {
            resume.append("\n  ").append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                resume.append(" (SQLState ").append(Texte.extrait(sql.getSQLState(), 10)).append(')');
            }
            StackTraceElement[] pile = cause.getStackTrace();
            for (int i = 0; i < Math.min(pile.length, LIGNES_PAR_CAUSE); i++) {
                resume.append("\n      at ").append(pile[i]);
            }
        }
        return resume.toString();
    }
}
