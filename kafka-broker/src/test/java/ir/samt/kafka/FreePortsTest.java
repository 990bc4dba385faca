package ir.samt.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    /** The broker's listeners need distinct ports; ports picked one after the other were once the same. */
    @Test
    void portsChosenTogetherAreAlwaysDistinct() throws Exception {
        for (int round = 0; round < 500; round++) {
            int[] ports = KafkaBroker.freePorts(3);
            assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(3);
            assertThat(Arrays.stream(ports).min().getAsInt()).isPositive();
        }
    }
}
