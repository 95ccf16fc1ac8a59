package io.earmark.producers.simulate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PacerTest {
    private long now = 1_000;

    @Test
    void shouldSpaceEventsAtTheTargetRate() {
        Pacer pacer = new Pacer(4, () -> now);

        assertThat(pacer.delayNanos(0)).isZero();
        assertThat(pacer.delayNanos(1)).isEqualTo(250_000_000L);
        now += 300_000_000L;
        assertThat(pacer.delayNanos(1)).isZero();
        assertThat(pacer.delayNanos(4)).isEqualTo(700_000_000L);
    }

    @Test
    void shouldRefuseARateThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pacer.perSecond(0));
    }
}
