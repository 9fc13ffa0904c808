package fr.territoire.sante.installation.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Last dossier number given in a year. */
@Entity
@Table(name = "compteur_reference")
class CompteurReference {

    @Id
    private Integer annee;
    private int dernier;

    protected CompteurReference() {
    }

    CompteurReference(int annee) {
        this.annee = annee;
    }

    int next() {
        return ++dernier;
    }
}
