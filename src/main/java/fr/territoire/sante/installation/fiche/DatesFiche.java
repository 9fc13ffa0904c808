package fr.territoire.sante.installation.fiche;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as the fiche page prints them, in the territory's time zone ({@code ${@datesFiche.quand(...)}}). */
@Component("datesFiche")
class DatesFiche {

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Calendrier.FUSEAU);

    public String quand(Instant instant) {
        return instant == null ? "—" : HEURE.format(instant);
    }

    public String jour(LocalDate jour) {
        return jour == null ? "—" : Calendrier.JOUR.format(jour);
    }

    /** The machine-readable value of a {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
