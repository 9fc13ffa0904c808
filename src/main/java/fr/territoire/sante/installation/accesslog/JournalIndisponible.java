package fr.territoire.sante.installation.accesslog;

/**
 * The access log could not record a read: the read must not happen (answered 503, in French). A read
 * nobody could later find in the log is what the log exists to prevent.
 */
public class JournalIndisponible extends RuntimeException {

    public static final String MESSAGE = "La consultation n'a pas pu être enregistrée dans le journal des accès : "
            + "les données ne peuvent pas être affichées pour le moment. Réessayez dans quelques instants.";

    JournalIndisponible(Throwable cause) {
        super(MESSAGE, cause);
    }
}
