package fr.territoire.sante.installation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A histogram's median is the one percentile_cont(0.5) gives on the values it counts. */
class MedianeTest {

    @Test
    void oddCountsTakeTheMiddleValueEvenCountsTheMeanOfTheTwoMiddleOnes() {
        // 5, 5, 7, 15 → (5 + 7) / 2
        assertThat(Mediane.dixiemes(new TreeMap<>(java.util.Map.of(5L, 2L, 7L, 1L, 15L, 1L)))).isEqualTo(6.0);
        // 2, 4, 10, 10, 20 → 10
        assertThat(Mediane.dixiemes(new TreeMap<>(java.util.Map.of(2L, 1L, 4L, 1L, 10L, 2L, 20L, 1L)))).isEqualTo(10.0);
        // 3, 3, 3, 9 → 3
        assertThat(Mediane.dixiemes(new TreeMap<>(java.util.Map.of(3L, 3L, 9L, 1L)))).isEqualTo(3.0);
        assertThat(Mediane.dixiemes(new TreeMap<>(java.util.Map.of(42L, 1L)))).isEqualTo(42.0);
    }

    @Test
    void anEmptyHistogramHasNoMedian() {
        assertThatThrownBy(() -> Mediane.dixiemes(new TreeMap<>())).isInstanceOf(IllegalArgumentException.class);
    }
}
