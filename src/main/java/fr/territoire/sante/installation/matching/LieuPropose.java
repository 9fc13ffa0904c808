package fr.territoire.sante.installation.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A catalogue site the CPTS picked in a matching round, with its name and commune as they were then (the
 * catalogue may rename or archive it later), its score at pick time, and, once contacted, its answer.
 * A "belle dynamique" site is one the CPTS added although it does not tick every box, saying why.
 */
@Entity
@Table(name = "lieu_propose")
public class LieuPropose {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String libelle;
    private String commune;
    private Long lieuExerciceId;
    private Integer score;
    private boolean belleDynamique;
    private String raison;
    @Enumerated(EnumType.STRING)
    private ReponseLieu reponse;
    private Instant reponseLe;
    private String reponsePar;
    private String reponseCommentaire;

    protected LieuPropose() {
    }

    LieuPropose(Long lieuExerciceId, String libelle, String commune, Integer score, String raisonBelleDynamique) {
        this.lieuExerciceId = lieuExerciceId;
        this.libelle = libelle;
        this.commune = commune;
        this.score = score;
        this.belleDynamique = raisonBelleDynamique != null;
        this.raison = raisonBelleDynamique;
    }

    void recordAnswer(ReponseLieu reponse, String commentaire, String par, Instant le) {
        this.reponse = reponse;
        this.reponseCommentaire = commentaire;
        this.reponsePar = par;
        this.reponseLe = le;
    }

    /** The label staff see on the visit task. */
    public String label() {
        return commune == null ? libelle : libelle + " – " + commune;
    }

    public Long getId() {
        return id;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getCommune() {
        return commune;
    }

    public Long getLieuExerciceId() {
        return lieuExerciceId;
    }

    public Integer getScore() {
        return score;
    }

    public boolean isBelleDynamique() {
        return belleDynamique;
    }

    public String getRaison() {
        return raison;
    }

    public ReponseLieu getReponse() {
        return reponse;
    }

    public Instant getReponseLe() {
        return reponseLe;
    }

    public String getReponsePar() {
        return reponsePar;
    }

    public String getReponseCommentaire() {
        return reponseCommentaire;
    }
}
