package fr.territoire.sante.installation.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An installation aid or service of the territory (a commune's grant, housing, childcare…). Professions
 * are the request form's profession values separated by ";", none meaning every profession.
 */
@Entity
@Table(name = "aide_installation")
public class AideInstallation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String cle;
    private String intitule;
    @Enumerated(EnumType.STRING)
    private CategorieAide categorie;
    private String porteur;
    private String territoire;
    private String professions;
    private String contactNom;
    private String contactEmail;
    private String contactTelephone;
    private LocalDate valideDu;
    @Column(name = "valide_jusqu_au")
    private LocalDate valideJusquAu;
    private String description;
    private String lien;
    private boolean archive;
    private Instant creeLe;
    private Instant modifieLe;

    protected AideInstallation() {
    }

    public AideInstallation(String intitule, String territoire, Instant now) {
        renommer(intitule, territoire);
        this.creeLe = now;
        this.modifieLe = now;
    }

    /** The key an aid is known by in imports: its title and territory, case-insensitive. */
    public static String cle(String intitule, String territoire) {
        return (intitule.trim() + "|" + territoire.trim()).toLowerCase(Locale.ROOT);
    }

    public void renommer(String intitule, String territoire) {
        this.intitule = intitule.trim();
        this.territoire = territoire.trim();
        this.cle = cle(intitule, territoire);
    }

    /** Its validity ended before {@code aujourdhui} (an aid without end date never expires). */
    public boolean expireeLe(LocalDate aujourdhui) {
        return valideJusquAu != null && valideJusquAu.isBefore(aujourdhui);
    }

    public Long getId() { return id; }
    public String getCle() { return cle; }
    public String getIntitule() { return intitule; }
    public CategorieAide getCategorie() { return categorie; }
    public void setCategorie(CategorieAide categorie) { this.categorie = categorie; }
    public String getPorteur() { return porteur; }
    public void setPorteur(String porteur) { this.porteur = porteur; }
    public String getTerritoire() { return territoire; }
    public String getProfessions() { return professions; }
    public void setProfessions(String professions) { this.professions = professions; }
    public String getContactNom() { return contactNom; }
    public void setContactNom(String contactNom) { this.contactNom = contactNom; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactTelephone() { return contactTelephone; }
    public void setContactTelephone(String contactTelephone) { this.contactTelephone = contactTelephone; }
    public LocalDate getValideDu() { return valideDu; }
    public void setValideDu(LocalDate valideDu) { this.valideDu = valideDu; }
    public LocalDate getValideJusquAu() { return valideJusquAu; }
    public void setValideJusquAu(LocalDate valideJusquAu) { this.valideJusquAu = valideJusquAu; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLien() { return lien; }
    public void setLien(String lien) { this.lien = lien; }
    public boolean isArchive() { return archive; }
    public Instant getCreeLe() { return creeLe; }
    public Instant getModifieLe() { return modifieLe; }

    public void archiver(Instant now) {
        this.archive = true;
        this.modifieLe = now;
    }

    public void desarchiver(Instant now) {
        this.archive = false;
        this.modifieLe = now;
    }

    public void modifie(Instant now) {
        this.modifieLe = now;
    }
}
