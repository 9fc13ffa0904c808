package fr.territoire.sante.installation.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodeRapportTest {

    @Test
    void thePeriodIsTheCalendarBlockBeforeTheOneTheDayFallsIn() {
        assertThat(PeriodeRapport.precedente(LocalDate.of(2027, 1, 5), 3))
                .isEqualTo(new PeriodeRapport(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(PeriodeRapport.precedente(LocalDate.of(2027, 5, 20), 3))
                .isEqualTo(new PeriodeRapport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(PeriodeRapport.precedente(LocalDate.of(2027, 7, 13), 6))
                .isEqualTo(new PeriodeRapport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
        assertThat(PeriodeRapport.precedente(LocalDate.of(2027, 1, 12), 12))
                .isEqualTo(new PeriodeRapport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        // A rhythm that does not divide the year: the months just before.
        assertThat(PeriodeRapport.precedente(LocalDate.of(2027, 3, 2), 5))
                .isEqualTo(new PeriodeRapport(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 28)));
    }

    @Test
    void theRhythmIsReadFromTheTimersCycle() {
        assertThat(PeriodeRapport.moisDuCycle("R/2027-01-05T08:00:00+01:00/P3M")).contains(3);
        assertThat(PeriodeRapport.moisDuCycle("R4/2027-01-05T08:00:00+01:00/P6M")).contains(6);
        assertThat(PeriodeRapport.moisDuCycle("R/2027-01-12T08:00:00+01:00/P1Y")).contains(12);
        assertThat(PeriodeRapport.moisDuCycle("0 0 8 5 1/3 ?")).isEqualTo(Optional.empty());
        assertThat(PeriodeRapport.moisDuCycle("R/2027-01-05T08:00:00+01:00/P2W")).isEmpty();
        assertThat(PeriodeRapport.moisDuCycle("R/2027-01-05T08:00:00+01:00/PT12H")).isEmpty();
        assertThat(PeriodeRapport.moisDuCycle(null)).isEmpty();
    }

    @Test
    void labelsSayTheQuarterHalfOrYear() {
        assertThat(new PeriodeRapport(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)).libelle()).isEqualTo("4e trimestre 2026");
        assertThat(new PeriodeRapport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)).libelle()).isEqualTo("1er trimestre 2027");
        assertThat(new PeriodeRapport(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)).libelle()).isEqualTo("2e semestre 2026");
        assertThat(new PeriodeRapport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).libelle()).isEqualTo("année 2026");
        assertThat(new PeriodeRapport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)).libelle()).isEqualTo("du 01/03/2026 au 31/05/2026");
        assertThat(new PeriodeRapport(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)).libelle()).isEqualTo("du 01/02/2026 au 30/04/2026");
    }
}
