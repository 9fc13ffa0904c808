package fr.territoire.sante.installation.notification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of the e-mail outbox. Recipients are stored one per line. */
@Entity
@Table(name = "courriel_sortant")
public class CourrielSortant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String cle;
    private String destinataires;
    private String objet;
    private String texte;

    @Enumerated(EnumType.STRING)
    private StatutCourriel statut;

    private int tentatives;
    private Instant prochainEssai;
    private Instant reserveLe;
    private String derniereErreur;
    private Instant creeLe;
    private Instant envoyeLe;
    /** The dossier's process instance the mail belongs to, if any: an abandon raises an incident there. */
    private String instanceProcessus;
    /** The open Cockpit incident raised when this mail was given up. */
    private String incident;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "courriel_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<PieceJointeSortante> piecesJointes = new ArrayList<>();

    protected CourrielSortant() {
    }

    CourrielSortant(CourrielAEnvoyer courriel, Instant now) {
        this.cle = courriel.cle();
        this.destinataires = String.join("\n", courriel.destinataires());
        this.objet = courriel.objet();
        this.texte = courriel.texte();
        this.statut = StatutCourriel.A_ENVOYER;
        this.prochainEssai = now;
        this.creeLe = now;
        this.instanceProcessus = courriel.instanceProcessus();
        courriel.piecesJointes().stream().map(PieceJointeSortante::new).forEach(piecesJointes::add);
    }

    /** Sent: the body and attachments are no longer needed, only the fact that it went. */
    void envoye(Instant now) {
        this.statut = StatutCourriel.ENVOYE;
        this.envoyeLe = now;
        this.reserveLe = null;
        this.derniereErreur = null;
        this.texte = null;
        this.piecesJointes.clear();
    }

    /** Failed: try again at {@code prochainEssai}, or give up; the error never carries the mail's content. */
    void echec(Instant now, String erreur, Instant prochainEssai, boolean abandon) {
        this.tentatives++;
        this.reserveLe = null;
        this.derniereErreur = erreur;
        this.prochainEssai = prochainEssai;
        this.statut = abandon ? StatutCourriel.ABANDONNE : StatutCourriel.A_ENVOYER;
    }

    /** An operator asks to send a given-up mail again: a fresh series of attempts, from now. */
    void renvoyer(Instant now) {
        this.statut = StatutCourriel.A_ENVOYER;
        this.tentatives = 0;
        this.prochainEssai = now;
        this.reserveLe = null;
    }

    void incidentOuvert(String incident) {
        this.incident = incident;
    }

    public Long getId() {
        return id;
    }

    public String getCle() {
        return cle;
    }

    public List<String> getDestinataires() {
        return destinataires == null || destinataires.isEmpty() ? List.of() : Arrays.asList(destinataires.split("\n"));
    }

    public String getObjet() {
        return objet;
    }

    public String getTexte() {
        return texte;
    }

    public StatutCourriel getStatut() {
        return statut;
    }

    public int getTentatives() {
        return tentatives;
    }

    public Instant getProchainEssai() {
        return prochainEssai;
    }

    public String getDerniereErreur() {
        return derniereErreur;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getEnvoyeLe() {
        return envoyeLe;
    }

    public String getInstanceProcessus() {
        return instanceProcessus;
    }

    public String getIncident() {
        return incident;
    }

    public List<PieceJointe> getPiecesJointes() {
        return piecesJointes.stream().map(PieceJointeSortante::piece).toList();
    }
}
