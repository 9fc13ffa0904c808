package fr.territoire.sante.installation.dossier;

/** Whether the accompaniment goes on, and how it ended. */
public enum Statut {
    EN_COURS, ARRETE, TERMINE
}
