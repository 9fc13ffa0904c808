package fr.territoire.sante.installation.catalogue;

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
 * A need of the territory for a profession in a commune, as reported to the CLS or the CPTS. The
 * profession is one of the request form's profession values. Archiving hides it from the default list;
 * an abandoned need is a status, still listed.
 */
@Entity
@Table(name = "besoin_territoire")
public class BesoinTerritoire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String cle;
    private String commune;
    private String profession;
    @Enumerated(EnumType.STRING)
    private UrgenceBesoin urgence;
    private int rangUrgence;
    @Enumerated(EnumType.STRING)
    private SourceBesoin source;
    private LocalDate dateSignalement;
    @Enumerated(EnumType.STRING)
    private StatutBesoin statut = StatutBesoin.OUVERT;
    private String commentaire;
    private boolean archive;
    private Instant creeLe;
    private Instant modifieLe;

    protected BesoinTerritoire() {
    }

    public BesoinTerritoire(Instant now) {
        this.creeLe = now;
        this.modifieLe = now;
    }

    /** The key a need is known by in imports: commune, profession value, source and date, case-insensitive. */
    public static String cle(String commune, String profession, SourceBesoin source, LocalDate date) {
        return (commune.trim() + "|" + profession + "|" + source.name() + "|" + date).toLowerCase(Locale.ROOT);
    }

    /** The fields the key is made of, set together so that the key always matches them. */
    public void identifier(String commune, String profession, SourceBesoin source, LocalDate date) {
        this.commune = commune.trim();
        this.profession = profession;
        this.source = source;
        this.dateSignalement = date;
        this.cle = cle(commune, profession, source, date);
    }

    public Long getId() { return id; }
    public String getCle() { return cle; }
    public String getCommune() { return commune; }
    public String getProfession() { return profession; }
    public UrgenceBesoin getUrgence() { return urgence; }
    public SourceBesoin getSource() { return source; }
    public LocalDate getDateSignalement() { return dateSignalement; }
    public StatutBesoin getStatut() { return statut; }
    public void setStatut(StatutBesoin statut) { this.statut = statut; }
    public String getCommentaire() { return commentaire; }
    public void setCommentaire(String commentaire) { this.commentaire = commentaire; }
    public boolean isArchive() { return archive; }
    public Instant getCreeLe() { return creeLe; }
    public Instant getModifieLe() { return modifieLe; }

    public void setUrgence(UrgenceBesoin urgence) {
        this.urgence = urgence;
        // Stored as a rank too: the list sorts by it, which an enum name cannot do in SQL.
        this.rangUrgence = urgence.ordinal() + 1;
    }

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
