package fr.territoire.sante.installation.identity;

/** The groups the protocol knows. Candidate groups in the diagrams use these ids. */
public final class Groups {

    public static final String CLS = "cls";
    public static final String CPTS = "cpts";
    public static final String PILOTAGE = "pilotage";
    public static final String ADMIN = "camunda-admin";
    /**
     * The CLS's data-protection referent(s): members of {@code cls} who also hold this group answer the
     * professionals' GDPR requests (erasure) and read who consulted which dossier (access log).
     */
    public static final String RGPD = "rgpd";

    private Groups() {
    }
}
