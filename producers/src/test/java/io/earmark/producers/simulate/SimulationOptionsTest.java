package io.earmark.producers.simulate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulationOptionsTest {

    @Test
    void shouldRejectOptionsOutsideTheirRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> SimulationOptions.of(0, 1, 0.1)).withMessageContaining("funds");
        assertThatIllegalArgumentException().isThrownBy(() -> SimulationOptions.of(5, 1, 1.5)).withMessageContaining("fraud");
        assertThatIllegalArgumentException().isThrownBy(() -> SimulationOptions.of(5, 1, 0.1).withNoise(121, 0, false))
                .withMessageContaining("out-of-order");
        assertThatIllegalArgumentException().isThrownBy(() -> SimulationOptions.of(5, 1, 0.1).withNoise(0, -0.1, false))
                .withMessageContaining("duplicate");
    }
}
