package fr.territoire.sante.installation.matching;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** C. One round of matching a dossier's needs with practice sites (a new round after revised criteria). */
@Entity
@Table(name = "croisement")
public class Croisement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private int numero;
    private Instant ouvertLe;
    private Instant echeance;
    private Instant realiseLe;
    private String criteresRetenus;
    private Boolean lieuxTrouves;
    private String commentaire;
    private Instant retardSignaleLe;
    private LocalDate dateVisites;
    private String programmeVisites;
    private Instant organiseLe;
    private String criteresRevises;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    // not updatable: the insert already writes the round's id, and Hibernate would otherwise repeat it in an update per site
    @JoinColumn(name = "croisement_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<LieuPropose> lieux = new ArrayList<>();

    protected Croisement() {
    }

    Croisement(Long dossierId, int numero, Instant ouvertLe, Instant echeance) {
        this.dossierId = dossierId;
        this.numero = numero;
        this.ouvertLe = ouvertLe;
        this.echeance = echeance;
    }

    void recordMatching(Instant when, String criteres, boolean trouves, List<LieuPropose> retenus, String commentaire) {
        this.realiseLe = when;
        this.criteresRetenus = criteres;
        this.lieuxTrouves = trouves;
        this.commentaire = commentaire;
        this.lieux.clear();
        this.lieux.addAll(retenus);
    }

    void recordSchedule(Instant when, LocalDate dateVisites, String programme) {
        this.organiseLe = when;
        this.dateVisites = dateVisites;
        this.programmeVisites = programme;
    }

    void recordLateness(Instant when) {
        this.retardSignaleLe = when;
    }

    public void recordRevisedCriteria(String criteres) {
        this.criteresRevises = criteres;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public int getNumero() {
        return numero;
    }

    public Instant getOuvertLe() {
        return ouvertLe;
    }

    public Instant getEcheance() {
        return echeance;
    }

    public Instant getRealiseLe() {
        return realiseLe;
    }

    public String getCriteresRetenus() {
        return criteresRetenus;
    }

    public Boolean getLieuxTrouves() {
        return lieuxTrouves;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public Instant getRetardSignaleLe() {
        return retardSignaleLe;
    }

    public LocalDate getDateVisites() {
        return dateVisites;
    }

    public String getProgrammeVisites() {
        return programmeVisites;
    }

    public Instant getOrganiseLe() {
        return organiseLe;
    }

    public String getCriteresRevises() {
        return criteresRevises;
    }

    public List<LieuPropose> getLieux() {
        return List.copyOf(lieux);
    }
}
