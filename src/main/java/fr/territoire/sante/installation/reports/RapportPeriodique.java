package fr.territoire.sante.installation.reports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One produced report of stage F: aggregates of the requests received from {@code du} to {@code au},
 * for one audience, kept as the PDF and XLSX that were produced (so a report stays downloadable as it
 * was sent, even when later data changes the figures). Holds no personal data by construction.
 */
@Entity
@Table(name = "rapport_periodique")
public class RapportPeriodique {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private LocalDate du;
    private LocalDate au;
    private Instant produitLe;
    private String produitPar;
    private String commentaire;
    private Instant envoyeLe;
    private String envoyePar;
    /** How many recipients and who: addresses joined by ", " (for the record; the list page shows the count). */
    private String destinataires;
    /** The protected figures as JSON: the files are rendered again from them, never from newer data. */
    @Basic(fetch = FetchType.LAZY)
    private String figures;
    // bytea on PostgreSQL, varbinary on H2: VARBINARY maps to both without large-object streams.
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "pdf")
    private byte[] pdf;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "xlsx")
    private byte[] xlsx;

    protected RapportPeriodique() {
    }

    RapportPeriodique(Audience audience, LocalDate du, LocalDate au, Instant produitLe, String produitPar, String figures,
            byte[] pdf, byte[] xlsx) {
        this.figures = figures;
        this.audience = audience;
        this.du = du;
        this.au = au;
        this.produitLe = produitLe;
        this.produitPar = produitPar;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    /** The word the sender adds before sending; blank means none. */
    public void commenter(String commentaire) {
        this.commentaire = commentaire == null || commentaire.isBlank() ? null : commentaire.strip();
    }

    public void marquerEnvoye(Instant le, String par, List<String> destinataires) {
        this.envoyeLe = le;
        this.envoyePar = par;
        this.destinataires = String.join(", ", destinataires);
    }

    /** Replaces the files, e.g. once the sender's comment is added to the PDF. */
    void remplacerFichiers(byte[] pdf, byte[] xlsx) {
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public Long getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public LocalDate getDu() {
        return du;
    }

    public LocalDate getAu() {
        return au;
    }

    public Instant getProduitLe() {
        return produitLe;
    }

    public String getProduitPar() {
        return produitPar;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public Instant getEnvoyeLe() {
        return envoyeLe;
    }

    public String getEnvoyePar() {
        return envoyePar;
    }

    public String getDestinataires() {
        return destinataires;
    }

    String getFigures() {
        return figures;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public byte[] getXlsx() {
        return xlsx;
    }
}
