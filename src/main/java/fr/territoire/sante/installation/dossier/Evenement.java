package fr.territoire.sante.installation.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a dossier's audit trail: which step, who, when. Carries no personal data. */
@Entity
@Table(name = "evenement")
public class Evenement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Instant horodatage;
    private String auteur;
    private String type;
    private String description;

    protected Evenement() {
    }

    Evenement(Long dossierId, Instant horodatage, String auteur, String type, String description) {
        this.dossierId = dossierId;
        this.horodatage = horodatage;
        this.auteur = auteur;
        this.type = type;
        this.description = description;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getHorodatage() {
        return horodatage;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }
}
