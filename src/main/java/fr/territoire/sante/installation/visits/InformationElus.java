package fr.territoire.sante.installation.visits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** C/D. The CLS informed the elected officials of the communes concerned by the visits. */
@Entity
@Table(name = "information_elus")
public class InformationElus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Long croisementId;
    private String communes;
    private String moyen;
    private LocalDate dateInformation;
    private String commentaire;
    private Instant saisieLe;

    protected InformationElus() {
    }

    InformationElus(Long dossierId, Long croisementId, String communes, String moyen, LocalDate dateInformation,
            String commentaire, Instant saisieLe) {
        this.dossierId = dossierId;
        this.croisementId = croisementId;
        this.communes = communes;
        this.moyen = moyen;
        this.dateInformation = dateInformation;
        this.commentaire = commentaire;
        this.saisieLe = saisieLe;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getCommunes() {
        return communes;
    }

    public String getMoyen() {
        return moyen;
    }

    public LocalDate getDateInformation() {
        return dateInformation;
    }

    public String getCommentaire() {
        return commentaire;
    }
}
