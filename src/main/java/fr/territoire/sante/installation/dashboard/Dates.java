package fr.territoire.sante.installation.dashboard;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;

/** Days as French readers write them. */
final class Dates {

    private Dates() {
    }

    static String jour(LocalDate date) {
        return date.format(Calendrier.JOUR);
    }
}
