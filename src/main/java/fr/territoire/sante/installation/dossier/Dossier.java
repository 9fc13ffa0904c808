package fr.territoire.sante.installation.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One accompanied professional: the row of the shared reporting table. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private Etape etape;

    @Enumerated(EnumType.STRING)
    private Statut statut;

    private boolean enRetard;
    private Instant echeanceCroisement;
    private Long croisementCourantId;
    private Instant creeLe;
    private Instant modifieLe;
    private Instant closLe;

    @Embedded
    private Professionnel professionnel;

    private String lieuInstallation;
    private String communeInstallation;
    @Column(name = "date_installation")
    private LocalDate dateInstallation;
    private String motifArret;

    protected Dossier() {
    }

    Dossier(String reference, Professionnel professionnel, Instant now) {
        this.reference = reference;
        this.professionnel = professionnel;
        this.etape = Etape.RECUEIL;
        this.statut = Statut.EN_COURS;
        this.creeLe = now;
        this.modifieLe = now;
    }

    public void attachTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void enterStage(Etape etape, Instant now) {
        this.etape = etape;
        this.modifieLe = now;
    }

    public void openMatching(Long roundId, Instant deadline, Instant now) {
        this.croisementCourantId = roundId;
        this.echeanceCroisement = deadline;
        this.enRetard = false;
        enterStage(Etape.CROISEMENT, now);
    }

    public void flagLate(Instant now) {
        this.enRetard = true;
        this.modifieLe = now;
    }

    public void clearLateness(Instant now) {
        this.enRetard = false;
        this.modifieLe = now;
    }

    public void recordSettlement(String lieu, String commune, LocalDate date, Instant now) {
        this.lieuInstallation = lieu;
        this.communeInstallation = commune;
        this.dateInstallation = date;
        this.modifieLe = now;
    }

    public void recordWithdrawalReason(String motif, Instant now) {
        this.motifArret = motif;
        this.modifieLe = now;
    }

    public void close(Statut outcome, Instant now) {
        this.statut = outcome;
        this.etape = Etape.CLOS;
        this.enRetard = false;
        this.closLe = now;
        this.modifieLe = now;
    }

    public boolean isActive() {
        return statut == Statut.EN_COURS;
    }

    /** What Tasklist shows beside each task: name and profession, nothing more personal. */
    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Etape getEtape() {
        return etape;
    }

    public Statut getStatut() {
        return statut;
    }

    public boolean isEnRetard() {
        return enRetard;
    }

    /** The matching round stages C and D work on; null before the first round. */
    public Long getCroisementCourantId() {
        return croisementCourantId;
    }

    public Instant getEcheanceCroisement() {
        return echeanceCroisement;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }

    public Instant getClosLe() {
        return closLe;
    }

    public Professionnel getProfessionnel() {
        return professionnel;
    }

    public String getLieuInstallation() {
        return lieuInstallation;
    }

    public String getCommuneInstallation() {
        return communeInstallation;
    }

    public LocalDate getDateInstallation() {
        return dateInstallation;
    }

    public String getMotifArret() {
        return motifArret;
    }
}
