package fr.territoire.sante.installation.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The territory's clock. Uses the engine's clock so that tests which move engine time move ours too;
 * dates typed in forms are local to the territory (Europe/Paris).
 */
public final class Calendrier {

    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    /** A day as users read it everywhere (pages, journal, e-mails): 15/12/2025. */
    public static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Calendrier() {
    }

    public static Instant maintenant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate aujourdhui() {
        return LocalDate.ofInstant(maintenant(), FUSEAU);
    }

    /** A day typed in a form, as the given local time of that day in the territory. */
    public static Instant le(LocalDate jour, LocalTime heure) {
        return jour.atTime(heure).atZone(FUSEAU).toInstant();
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
