package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A report as listed (page and API): what, for whom, when, sent to how many; never the files themselves. */
public record RapportResume(Long id, Audience audience, LocalDate du, LocalDate au, Instant produitLe, String produitPar,
        Instant envoyeLe, int destinataires) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone

    RapportResume(Long id, Audience audience, LocalDate du, LocalDate au, Instant produitLe, String produitPar,
            Instant envoyeLe, String destinataires) {
        this(id, audience, du, au, produitLe, produitPar, envoyeLe,
                destinataires == null || destinataires.isBlank() ? 0 : destinataires.split(",\\s*").length);
    }

    public String getPeriode() {
        return "du " + du.format(Calendrier.JOUR) + " au " + au.format(Calendrier.JOUR);
    }

    public String getProduit() {
        return "le " + produitLe.atZone(PARIS).format(MOMENT) + " par " + produitPar;
    }

    public String getEnvoi() {
        return envoyeLe == null ? "Pas encore envoyé"
                : "le " + envoyeLe.atZone(PARIS).format(Calendrier.JOUR) + " à " + destinataires + " destinataire"
                        + (destinataires > 1 ? "s" : "");
    }

    public String getAudienceLibelle() {
        return audience.libelle();
    }

    public String getPdf() {
        return "/rapports/" + id + ".pdf";
    }

    public String getXlsx() {
        return "/rapports/" + id + ".xlsx";
    }
}
