package fr.territoire.sante.installation.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A practice site of the territory: what the CPTS crosses a professional's needs with. Professions are
 * the request form's profession values, and exercise modes {@link ModeExercice} names, each list stored
 * as values separated by ";".
 */
@Entity
@Table(name = "lieu_exercice")
public class LieuExercice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String cle;
    private String nom;
    @Enumerated(EnumType.STRING)
    private TypeLieu type;
    private String commune;
    private String intercommunalite;
    private String professionsPresentes;
    private String professionsRecherchees;
    private String modesExercice;
    private boolean equipePluriprofessionnelle;
    private boolean locauxDisponibles;
    private String descriptionLocaux;
    private Integer loyerMensuel;
    private String secretariat;
    private String projetSante;
    private String contactNom;
    private String contactFonction;
    private String contactEmail;
    private String contactTelephone;
    private boolean archive;
    private Instant creeLe;
    private Instant modifieLe;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "elu_a_informer", joinColumns = @JoinColumn(name = "lieu_id"))
    @OrderColumn(name = "rang")
    private List<EluAInformer> elus = new ArrayList<>();

    protected LieuExercice() {
    }

    public LieuExercice(String nom, String commune, Instant now) {
        renommer(nom, commune);
        this.creeLe = now;
        this.modifieLe = now;
    }

    /** The key a site is known by in imports: its name and commune, case-insensitive. */
    public static String cle(String nom, String commune) {
        return (nom.trim() + "|" + commune.trim()).toLowerCase(Locale.ROOT);
    }

    public void renommer(String nom, String commune) {
        this.nom = nom.trim();
        this.commune = commune.trim();
        this.cle = cle(nom, commune);
    }

    public Long getId() { return id; }
    public String getCle() { return cle; }
    public String getNom() { return nom; }
    public TypeLieu getType() { return type; }
    public void setType(TypeLieu type) { this.type = type; }
    public String getCommune() { return commune; }
    public String getIntercommunalite() { return intercommunalite; }
    public void setIntercommunalite(String intercommunalite) { this.intercommunalite = intercommunalite; }
    public String getProfessionsPresentes() { return professionsPresentes; }
    public void setProfessionsPresentes(String professionsPresentes) { this.professionsPresentes = professionsPresentes; }
    public String getProfessionsRecherchees() { return professionsRecherchees; }
    public void setProfessionsRecherchees(String professionsRecherchees) { this.professionsRecherchees = professionsRecherchees; }
    public String getModesExercice() { return modesExercice; }
    public void setModesExercice(String modesExercice) { this.modesExercice = modesExercice; }
    public boolean isEquipePluriprofessionnelle() { return equipePluriprofessionnelle; }
    public void setEquipePluriprofessionnelle(boolean equipe) { this.equipePluriprofessionnelle = equipe; }
    public boolean isLocauxDisponibles() { return locauxDisponibles; }
    public void setLocauxDisponibles(boolean locauxDisponibles) { this.locauxDisponibles = locauxDisponibles; }
    public String getDescriptionLocaux() { return descriptionLocaux; }
    public void setDescriptionLocaux(String descriptionLocaux) { this.descriptionLocaux = descriptionLocaux; }
    public Integer getLoyerMensuel() { return loyerMensuel; }
    public void setLoyerMensuel(Integer loyerMensuel) { this.loyerMensuel = loyerMensuel; }
    public String getSecretariat() { return secretariat; }
    public void setSecretariat(String secretariat) { this.secretariat = secretariat; }
    public String getProjetSante() { return projetSante; }
    public void setProjetSante(String projetSante) { this.projetSante = projetSante; }
    public String getContactNom() { return contactNom; }
    public void setContactNom(String contactNom) { this.contactNom = contactNom; }
    public String getContactFonction() { return contactFonction; }
    public void setContactFonction(String contactFonction) { this.contactFonction = contactFonction; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactTelephone() { return contactTelephone; }
    public void setContactTelephone(String contactTelephone) { this.contactTelephone = contactTelephone; }
    public boolean isArchive() { return archive; }
    public List<EluAInformer> getElus() { return elus; }
    public void setElus(List<EluAInformer> elus) { this.elus = new ArrayList<>(elus); }
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
