package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What a report says, already protected: rendered alike as PDF and XLSX. */
public record ContenuRapport(String territoire, Audience audience, LocalDate du, LocalDate au, Instant produitLe,
        String commentaire, List<FigureRapport> figures, int seuil) {

    private static final ZoneId PARIS = Calendrier.FUSEAU; // the project's one time zone

    public String titre() {
        return "Rapport d'activité – " + audience.libelle();
    }

    public String periode() {
        return "Demandes reçues du " + du.format(Calendrier.JOUR) + " au " + au.format(Calendrier.JOUR);
    }

    public String produit() {
        return "Produit le " + produitLe.atZone(PARIS).toLocalDate().format(Calendrier.JOUR);
    }

    public String mention() {
        return "Données agrégées ; effectifs inférieurs à " + seuil + " masqués.";
    }
}
