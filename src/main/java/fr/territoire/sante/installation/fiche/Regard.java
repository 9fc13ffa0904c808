package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.signin.Lecteur;

/**
 * What one reader may read of a value (docs/donnees-personnelles.md): names, contacts, free texts and
 * site names only with {@link Lecteur#voitIdentite()}, the family part of the interview only with
 * {@link Lecteur#voitEnvironnementFamilial()}. Closed choices (a profession, a decision), dates, counts
 * and communes identify nobody and are shown to all, as the reporting table does.
 */
record Regard(Lecteur lecteur) {

    boolean identite() {
        return lecteur.voitIdentite();
    }

    /** A name, a contact, a free text or a site name. */
    String texte(String valeur) {
        return identite() ? valeur : FicheDossier.MASQUE;
    }

    /** A field of the CLS's family part of the interview. */
    String famille(String valeur) {
        if (lecteur.voitEnvironnementFamilial()) {
            return valeur;
        }
        return identite() ? FicheDossier.RESERVE_CLS : FicheDossier.MASQUE;
    }

    /** Tasklist links help those who work there; pilotage sees the tasks without them. */
    boolean travailleDansTasklist() {
        return lecteur.accompagne() || lecteur.administre();
    }
}
