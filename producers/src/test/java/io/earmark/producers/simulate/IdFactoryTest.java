package io.earmark.producers.simulate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IdFactoryTest {
    private final IdFactory ids = new IdFactory(new SplittableRandom(1));

    @Test
    void shouldMakeTwelveDigitIinsAndBinsWithAValidCheckDigit() {
        for (int i = 0; i < 500; i++) {
            assertThat(ids.iin()).matches("\\d{12}").satisfies(id -> assertThat(IdFactory.isValid(id)).isTrue());
            assertThat(ids.bin()).matches("\\d{12}").satisfies(id -> assertThat(IdFactory.isValid(id)).isTrue());
        }
    }

    @Test
    void shouldComputeTheCheckDigitWithTheSecondWeightsWhenTheFirstGiveTen() {
        // 1·1+2·2+…+9·9+0·10+1·11 = 296 ≡ 10 (mod 11), so weights 3..11,1,2: 377 ≡ 3 (mod 11)
        assertThat(IdFactory.withCheckDigit("12345678901")).isEqualTo("123456789013");
        // 7·1 + 1·2 = 9
        assertThat(IdFactory.withCheckDigit("71000000000")).isEqualTo("710000000009");
    }

    @Test
    void shouldRejectAnIdWhoseCheckDigitIsWrong() {
        String id = ids.bin();
        for (int digit = 0; digit < 10; digit++) {
            String other = id.substring(0, 11) + digit;

            assertThat(IdFactory.isValid(other)).as(other).isEqualTo(other.equals(id));
        }
    }

    @Test
    void shouldNeverHandOutTheSameIdTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertThat(seen.add(ids.animalNumber())).isTrue();
            assertThat(seen.add(ids.eventId("HSBK"))).isTrue();
            assertThat(seen.add(ids.iin())).isTrue();
        }
    }
}
