package fr.territoire.sante.installation.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as French readers write them. */
final class Dates {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String jour(LocalDate date) {
        return date.format(JOUR);
    }
}
