package fr.territoire.sante.installation.demo;

/** The steps of the protocol in their usual order: a fictional dossier is driven up to one of them. */
enum Jalon {
    DEMANDE,
    RENDEZ_VOUS,
    ENTRETIEN,
    PROJET_PROFESSIONNEL,
    ENVIRONNEMENT,
    CROISEMENT,
    VISITES_ORGANISEES,
    ELUS_INFORMES,
    COMPTES_RENDUS,
    DEBRIEF_A_CHAUD,
    REPORTING,
    DEBRIEF_A_FROID,
    SUIVI_3_MOIS,
    SUIVI_6_MOIS,
    SUIVI_12_MOIS
}
