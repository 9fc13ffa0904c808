package fr.territoire.sante.installation.notification;

/** Where a queued e-mail stands: waiting (perhaps after a failure), claimed by a sender, sent, given up. */
public enum StatutCourriel {
    A_ENVOYER, EN_COURS, ENVOYE, ABANDONNE
}
