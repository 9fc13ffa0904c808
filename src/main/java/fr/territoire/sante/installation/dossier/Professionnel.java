package fr.territoire.sante.installation.dossier;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who is accompanied and how the request arrived (stage A). Personal data: never logged. */
@Embeddable
public class Professionnel {

    private String prenom;
    private String nom;
    private String email;
    private String telephone;
    private String profession;
    private String specialite;
    private String origineDemande;
    private String situationActuelle;
    private String horizon;
    private String commentaire;
    private Instant consentementLe;

    protected Professionnel() {
    }

    public Professionnel(String prenom, String nom, String email, String telephone, String profession,
            String specialite, String origineDemande, String situationActuelle, String horizon,
            String commentaire, Instant consentementLe) {
        this.prenom = prenom;
        this.nom = nom;
        this.email = email;
        this.telephone = telephone;
        this.profession = profession;
        this.specialite = specialite;
        this.origineDemande = origineDemande;
        this.situationActuelle = situationActuelle;
        this.horizon = horizon;
        this.commentaire = commentaire;
        this.consentementLe = consentementLe;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getNom() {
        return nom;
    }

    public String getEmail() {
        return email;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getProfession() {
        return profession;
    }

    public String getSpecialite() {
        return specialite;
    }

    public String getOrigineDemande() {
        return origineDemande;
    }

    public String getSituationActuelle() {
        return situationActuelle;
    }

    public String getHorizon() {
        return horizon;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public Instant getConsentementLe() {
        return consentementLe;
    }
}
