package fr.territoire.sante.installation.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** E. A phone follow-up by the CLS–CPTS pair, planned at 3, 6 or 12 months. */
@Entity
@Table(name = "suivi")
public class Suivi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private int mois;
    private Instant prevuLe;
    private Instant realiseLe;
    private Boolean professionnelJoint;
    private String situation;
    private String lieuExercice;
    private String commune;
    private String difficultes;
    private String nouveauxBesoins;

    protected Suivi() {
    }

    Suivi(Long dossierId, int mois, Instant prevuLe) {
        this.dossierId = dossierId;
        this.mois = mois;
        this.prevuLe = prevuLe;
    }

    void record(Instant when, boolean joint, String situation, String lieuExercice, String commune, String difficultes,
            String nouveauxBesoins) {
        this.realiseLe = when;
        this.professionnelJoint = joint;
        this.situation = situation;
        this.lieuExercice = lieuExercice;
        this.commune = commune;
        this.difficultes = difficultes;
        this.nouveauxBesoins = nouveauxBesoins;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public int getMois() {
        return mois;
    }

    public Instant getPrevuLe() {
        return prevuLe;
    }

    public Instant getRealiseLe() {
        return realiseLe;
    }

    public Boolean getProfessionnelJoint() {
        return professionnelJoint;
    }

    public String getSituation() {
        return situation;
    }

    public String getLieuExercice() {
        return lieuExercice;
    }

    public String getCommune() {
        return commune;
    }

    public String getDifficultes() {
        return difficultes;
    }

    public String getNouveauxBesoins() {
        return nouveauxBesoins;
    }
}
