package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.operations.BaseIndisponible;

/**
 * The access log could not record a read: the read must not happen (answered 503, in French). A read
 * nobody could later find in the log is what the log exists to prevent.
 */
public class JournalIndisponible extends RuntimeException {

    public static final String MESSAGE = "La consultation n'a pas pu être enregistrée dans le journal des accès : "
            + "les données ne peuvent pas être affichées pour le moment. Réessayez dans quelques instants.";

    /**
     * The message says why: the log alone, or the database itself being out of reach, in the words every
     * other request uses then ({@link BaseIndisponible}).
     */
    JournalIndisponible(Throwable cause) {
        super(BaseIndisponible.baseInjoignable(cause) ? BaseIndisponible.MESSAGE : MESSAGE, cause);
    }
}
