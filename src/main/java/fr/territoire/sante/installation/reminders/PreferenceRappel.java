package fr.territoire.sante.installation.reminders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice about the daily digest; no row means they receive it. */
@Entity
@Table(name = "preference_rappel")
class PreferenceRappel {

    @Id
    private String utilisateur;
    private boolean actif;
    private Instant modifieLe;

    protected PreferenceRappel() {
    }

    PreferenceRappel(String utilisateur, boolean actif, Instant modifieLe) {
        this.utilisateur = utilisateur;
        this.actif = actif;
        this.modifieLe = modifieLe;
    }

    void choisir(boolean actif, Instant when) {
        this.actif = actif;
        this.modifieLe = when;
    }

    boolean isActif() {
        return actif;
    }
}
