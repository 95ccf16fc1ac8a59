package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void shouldPickAFreeLoopbackPortWhenAskedForZero() {
        assertThat(FreePort.orAny(0)).isBetween(1, 65535);
    }

    @Test
    void shouldRefuseARequestedPortThatIsAlreadyTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> FreePort.orAny(port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port + " is already in use");
        }
    }
}
