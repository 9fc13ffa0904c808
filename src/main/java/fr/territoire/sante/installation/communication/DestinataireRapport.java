package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** F. Someone who receives an audience's periodic report: a work contact, deactivated rather than deleted. */
@Entity
@Table(name = "destinataire_rapport")
public class DestinataireRapport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private String nom;
    private String organisme;
    private String email;
    private boolean actif;
    private Instant modifieLe;
    private String modifiePar;

    protected DestinataireRapport() {
    }

    DestinataireRapport(SaisieDestinataire.Valide saisie, Instant le, String par) {
        this.actif = true;
        modifier(saisie, le, par);
    }

    void modifier(SaisieDestinataire.Valide saisie, Instant le, String par) {
        this.audience = saisie.audience();
        this.nom = saisie.nom();
        this.organisme = saisie.organisme();
        this.email = saisie.email();
        marquer(le, par);
    }

    void activer(boolean actif, Instant le, String par) {
        this.actif = actif;
        marquer(le, par);
    }

    private void marquer(Instant le, String par) {
        this.modifieLe = le;
        this.modifiePar = par;
    }

    public Long getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getNom() {
        return nom;
    }

    public String getOrganisme() {
        return organisme;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActif() {
        return actif;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }

    public String getModifiePar() {
        return modifiePar;
    }
}
