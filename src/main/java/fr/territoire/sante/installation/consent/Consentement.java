package fr.territoire.sante.installation.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What was recorded at intake about the professional's information and consent: the notice version they
 * were given, the legal basis, which staff member recorded it and when. No personal data of its own.
 */
@Entity
@Table(name = "consentement")
public class Consentement {

    @Id
    private Long dossierId;
    private String versionInformation;
    private String baseLegale;
    private String recueilliPar;
    private Instant recueilliLe;

    protected Consentement() {
    }

    Consentement(Long dossierId, String versionInformation, String baseLegale, String recueilliPar, Instant recueilliLe) {
        this.dossierId = dossierId;
        this.versionInformation = versionInformation;
        this.baseLegale = baseLegale;
        this.recueilliPar = recueilliPar;
        this.recueilliLe = recueilliLe;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getVersionInformation() {
        return versionInformation;
    }

    public String getBaseLegale() {
        return baseLegale;
    }

    public String getRecueilliPar() {
        return recueilliPar;
    }

    public Instant getRecueilliLe() {
        return recueilliLe;
    }
}
