package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The period a report covers: the calendar block of {@code mois} months that ended before the day the
 * timer fired (quarter, half-year, year when the rhythm divides the year; otherwise the last months).
 */
public record PeriodeRapport(LocalDate du, LocalDate au) {

    /** The block of {@code mois} months before the one {@code jour} falls in. */
    public static PeriodeRapport precedente(LocalDate jour, int mois) {
        if (mois < 1) {
            throw new IllegalArgumentException("A rhythm is at least one month");
        }
        LocalDate debutDuMois = jour.withDayOfMonth(1);
        LocalDate debutCourant = 12 % mois == 0
                ? debutDuMois.withMonth((jour.getMonthValue() - 1) / mois * mois + 1)
                : debutDuMois;
        return new PeriodeRapport(debutCourant.minusMonths(mois), debutCourant.minusDays(1));
    }

    /**
     * The months between two repetitions of a timer cycle such as {@code R/2027-01-05T08:00:00+01:00/P3M};
     * empty for a cycle that is not an ISO 8601 repetition of months or years (a cron expression, weeks…).
     */
    public static Optional<Integer> moisDuCycle(String cycle) {
        if (cycle == null || !cycle.strip().startsWith("R")) {
            return Optional.empty();
        }
        String[] parties = cycle.strip().split("/");
        for (String partie : parties) {
            if (partie.startsWith("P") && !partie.contains("T")) {
                try {
                    Period periode = Period.parse(partie);
                    long mois = periode.toTotalMonths();
                    return periode.getDays() == 0 && mois > 0 ? Optional.of((int) mois) : Optional.empty();
                } catch (DateTimeParseException illisible) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** « 4e trimestre 2026 », « 1er semestre 2027 », « année 2026 », or the two days. */
    public String libelle() {
        boolean debutDeMois = du.getDayOfMonth() == 1 && au.plusDays(1).getDayOfMonth() == 1;
        long mois = debutDeMois ? Period.between(du, au.plusDays(1)).toTotalMonths() : 0;
        int rang = (du.getMonthValue() - 1) / (mois == 0 ? 1 : (int) mois) + 1;
        boolean aligne = debutDeMois && mois > 0 && 12 % mois == 0 && (du.getMonthValue() - 1) % mois == 0;
        if (aligne && mois == 12) {
            return "année " + du.getYear();
        }
        if (aligne && mois == 6) {
            return (rang == 1 ? "1er" : rang + "e") + " semestre " + du.getYear();
        }
        if (aligne && mois == 3) {
            return (rang == 1 ? "1er" : rang + "e") + " trimestre " + du.getYear();
        }
        return "du " + du.format(Calendrier.JOUR) + " au " + au.format(Calendrier.JOUR);
    }

    /** « du 01/10/2026 au 31/12/2026 ». */
    public String dates() {
        return "du " + du.format(Calendrier.JOUR) + " au " + au.format(Calendrier.JOUR);
    }
}
