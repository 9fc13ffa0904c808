package fr.territoire.sante.installation.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A. One move of the interview appointment: from when to when, why, and who moved it. */
@Entity
@Table(name = "deplacement_entretien")
public class DeplacementEntretien {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Instant ancienneDate;
    private Instant nouvelleDate;
    private String motif;
    private String auteur;
    private Instant deplaceLe;

    protected DeplacementEntretien() {
    }

    DeplacementEntretien(Long dossierId, Instant ancienneDate, Instant nouvelleDate, String motif, String auteur,
            Instant deplaceLe) {
        this.dossierId = dossierId;
        this.ancienneDate = ancienneDate;
        this.nouvelleDate = nouvelleDate;
        this.motif = motif;
        this.auteur = auteur;
        this.deplaceLe = deplaceLe;
    }

    public Instant getAncienneDate() {
        return ancienneDate;
    }

    public Instant getNouvelleDate() {
        return nouvelleDate;
    }

    public String getMotif() {
        return motif;
    }

    public String getAuteur() {
        return auteur;
    }

    public Instant getDeplaceLe() {
        return deplaceLe;
    }
}
