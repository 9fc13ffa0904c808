package fr.territoire.sante.installation.accesslog;

/** Lets tests of other packages make the access log fail as it does in production, and map it as the application does. */
public final class JournalIndisponiblePourTest {

    private JournalIndisponiblePourTest() {
    }

    public static JournalIndisponible exception() {
        return new JournalIndisponible(new IllegalStateException("database away"));
    }

    public static Object handler() {
        return new JournalIndisponibleHandler();
    }
}
