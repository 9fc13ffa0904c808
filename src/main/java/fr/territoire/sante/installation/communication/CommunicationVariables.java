package fr.territoire.sante.installation.communication;

/**
 * Process variables of communication-periodique. None holds personal data: an audience, dates, the
 * report's id and title. The report's id is also the instance's business key ("rapport-12"), which a
 * task completion cannot change: the sending step reads it from there.
 */
final class CommunicationVariables {

    static final String AUDIENCE = "audience";
    static final String GROUPE = "groupeRapport";
    static final String DU = "periodeDu";
    static final String AU = "periodeAu";
    static final String RAPPORT_ID = "rapportId";
    static final String TITRE = "rapportTitre";

    private static final String PREFIXE_CLE = "rapport-";

    private CommunicationVariables() {
    }

    static String cleMetier(long rapportId) {
        return PREFIXE_CLE + rapportId;
    }

    /** The report id of a business key "rapport-12"; null for any other key. */
    static Long rapportDe(String cleMetier) {
        return cleMetier == null || !cleMetier.startsWith(PREFIXE_CLE) ? null : identifiant(cleMetier.substring(PREFIXE_CLE.length()));
    }

    /** A report id given as a number or as its digits (a message's variable, a path); null otherwise. */
    static Long identifiant(Object valeur) {
        if (valeur instanceof Number nombre) {
            return nombre.longValue();
        }
        try {
            return valeur == null ? null : Long.valueOf(valeur.toString().strip());
        } catch (NumberFormatException illisible) {
            return null;
        }
    }
}
