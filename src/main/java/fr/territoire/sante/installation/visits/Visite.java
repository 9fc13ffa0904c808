package fr.territoire.sante.installation.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** D, time 1. The report of one practice site visited. */
@Entity
@Table(name = "visite")
public class Visite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Long croisementId;
    private String lieu;
    private boolean realisee;
    private String equipePresente;
    private String pointsForts;
    private String conditionsMaterielles;
    private String interet;
    private boolean coordonneesEchangees;
    private Instant saisieLe;
    private Long visitePlanifieeId;

    protected Visite() {
    }

    Visite(Long dossierId, Long croisementId, String lieu, boolean realisee, String equipePresente, String pointsForts,
            String conditionsMaterielles, String interet, boolean coordonneesEchangees, Instant saisieLe) {
        this.dossierId = dossierId;
        this.croisementId = croisementId;
        this.lieu = lieu;
        this.realisee = realisee;
        this.equipePresente = equipePresente;
        this.pointsForts = pointsForts;
        this.conditionsMaterielles = conditionsMaterielles;
        this.interet = interet;
        this.coordonneesEchangees = coordonneesEchangees;
        this.saisieLe = saisieLe;
    }

    /** The planned visit this report is about, when the visit was planned on the dossier page. */
    void rapporteSur(Long visitePlanifieeId) {
        this.visitePlanifieeId = visitePlanifieeId;
    }

    public Long getVisitePlanifieeId() {
        return visitePlanifieeId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getCroisementId() {
        return croisementId;
    }

    public String getLieu() {
        return lieu;
    }

    public boolean isRealisee() {
        return realisee;
    }

    public String getEquipePresente() {
        return equipePresente;
    }

    public String getPointsForts() {
        return pointsForts;
    }

    public String getConditionsMaterielles() {
        return conditionsMaterielles;
    }

    public String getInteret() {
        return interet;
    }

    public boolean isCoordonneesEchangees() {
        return coordonneesEchangees;
    }

    public Instant getSaisieLe() {
        return saisieLe;
    }
}
