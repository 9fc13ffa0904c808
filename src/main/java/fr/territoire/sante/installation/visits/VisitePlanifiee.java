package fr.territoire.sante.installation.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * D. One visit of a proposed site, as planned by the CLS or the CPTS. {@code uid} and {@code sequence}
 * are the iCalendar UID and SEQUENCE of its invitation: the UID never changes, the sequence goes up at
 * each move or cancellation so that calendars replace the event they already hold.
 */
@Entity
@Table(name = "visite_planifiee")
public class VisitePlanifiee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long dossierId;
    private Long croisementId;
    private Long lieuProposeId;
    private Long lieuExerciceId;
    private String lieuNom;
    private String commune;
    private Instant debut;
    private Instant fin;
    private String presentsCls;
    private String presentsCpts;
    private String presentsLieu;
    private String elusInvites;

    @Enumerated(EnumType.STRING)
    private StatutVisite statut;

    @Column(name = "sequence_ics")
    private int sequence;

    @Column(name = "uid_ics")
    private String uid;

    private Instant creeLe;
    private Instant modifieLe;
    private String modifiePar;

    protected VisitePlanifiee() {
    }

    VisitePlanifiee(Long dossierId, Long croisementId, Long lieuProposeId, Long lieuExerciceId, String lieuNom,
            String commune, String uid, Instant now, String auteur) {
        this.dossierId = dossierId;
        this.croisementId = croisementId;
        this.lieuProposeId = lieuProposeId;
        this.lieuExerciceId = lieuExerciceId;
        this.lieuNom = lieuNom;
        this.commune = commune;
        this.uid = uid;
        this.statut = StatutVisite.PREVUE;
        this.sequence = 0;
        this.creeLe = now;
        this.modifieLe = now;
        this.modifiePar = auteur;
    }

    void horaires(Instant debut, Instant fin) {
        this.debut = debut;
        this.fin = fin;
    }

    void presents(String cls, String cpts, String lieu, String elus) {
        this.presentsCls = cls;
        this.presentsCpts = cpts;
        this.presentsLieu = lieu;
        this.elusInvites = elus;
    }

    /** Moved: the same event with a higher SEQUENCE, so that calendars update it. */
    void deplacer(Instant debut, Instant fin, Instant now, String auteur) {
        horaires(debut, fin);
        this.sequence++;
        touch(now, auteur);
    }

    void annuler(Instant now, String auteur) {
        this.statut = StatutVisite.ANNULEE;
        this.sequence++;
        touch(now, auteur);
    }

    private void touch(Instant now, String auteur) {
        this.modifieLe = now;
        this.modifiePar = auteur;
    }

    /** "Maison de santé des Tilleuls – Bourg-Fictif". */
    public String lieuLibelle() {
        return commune == null || commune.isBlank() ? lieuNom : lieuNom + " – " + commune;
    }

    public boolean isPrevue() {
        return statut == StatutVisite.PREVUE;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getCroisementId() {
        return croisementId;
    }

    public Long getLieuProposeId() {
        return lieuProposeId;
    }

    public Long getLieuExerciceId() {
        return lieuExerciceId;
    }

    public String getLieuNom() {
        return lieuNom;
    }

    public String getCommune() {
        return commune;
    }

    public Instant getDebut() {
        return debut;
    }

    public Instant getFin() {
        return fin;
    }

    public String getPresentsCls() {
        return presentsCls;
    }

    public String getPresentsCpts() {
        return presentsCpts;
    }

    public String getPresentsLieu() {
        return presentsLieu;
    }

    public String getElusInvites() {
        return elusInvites;
    }

    public StatutVisite getStatut() {
        return statut;
    }

    public int getSequence() {
        return sequence;
    }

    public String getUid() {
        return uid;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }

    public String getModifiePar() {
        return modifiePar;
    }
}
