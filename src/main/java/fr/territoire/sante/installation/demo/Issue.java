package fr.territoire.sante.installation.demo;

/**
 * What the professional decides at the branching steps of a fictional dossier, and whether someone
 * declares the withdrawal (process "arret-demarche", with one of its form's reasons) once the last
 * step is done.
 */
enum Issue {
    INSTALLATION("installation", null),
    REFLEXION("reflexion", null),
    ARRET_A_L_ENTRETIEN("installation", null),
    AUCUN_LIEU_PUIS_NOUVEAUX_CRITERES("installation", null),
    AUCUN_LIEU_PUIS_ARRET("installation", null),
    ARRET_AU_DEBRIEF("arret", null),
    ARRET_DECLARE_INSTALLE_AILLEURS("installation", "installe-ailleurs"),
    ARRET_DECLARE_SANS_NOUVELLES("installation", "sans-nouvelles");

    /** The cold debrief's decision (forms/debrief-froid.form). */
    final String decision;
    /** The withdrawal form's reason (forms/arret-demarche.form), or null when nobody declares one. */
    final String motifArretDeclare;

    Issue(String decision, String motifArretDeclare) {
        this.decision = decision;
        this.motifArretDeclare = motifArretDeclare;
    }
}
