package fr.territoire.sante.installation.identity;

/** The groups the protocol knows. Candidate groups in the diagrams use these ids. */
public final class Groups {

    public static final String CLS = "cls";
    public static final String CPTS = "cpts";
    public static final String PILOTAGE = "pilotage";
    public static final String ADMIN = "camunda-admin";

    private Groups() {
    }
}
