package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.streams.app.PipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAuthTest {

    private final TokenAuth auth = new TokenAuth("s3cret-token");

    @Test
    void shouldAcceptTheTokenAsBearerHeaderQueryParameterOrCookie() {
        assertThat(auth.enabled()).isTrue();
        assertThat(auth.accepts("Bearer s3cret-token", null, null)).isTrue();
        assertThat(auth.accepts("bearer s3cret-token", null, null)).isTrue();
        assertThat(auth.accepts(null, "s3cret-token", null)).isTrue();
        assertThat(auth.accepts(null, null, "s3cret-token")).isTrue();
    }

    @Test
    void shouldRejectAMissingOrWrongToken() {
        assertThat(auth.accepts(null, null, null)).isFalse();
        assertThat(auth.accepts("Bearer wrong", "wrong", "wrong")).isFalse();
        assertThat(auth.accepts("Bearer s3cret-toke", null, null)).isFalse();
        assertThat(auth.accepts("Bearer s3cret-token-and-more", null, null)).isFalse();
        assertThat(auth.accepts("s3cret-token", null, null)).as("no Bearer scheme").isFalse();
        assertThat(auth.accepts("Basic s3cret-token", null, null)).isFalse();
        assertThat(auth.accepts("Bearer ", "", "")).isFalse();
    }

    @Test
    void shouldAcceptEverythingWhenNoTokenIsConfigured() {
        for (TokenAuth off : new TokenAuth[] {new TokenAuth(null), new TokenAuth(" ")}) {
            assertThat(off.enabled()).isFalse();
            assertThat(off.token()).isNull();
            assertThat(off.accepts(null, null, null)).isTrue();
        }
    }

    @Test
    void shouldReadTheTokenFromTheConfigOrItsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-a-secret\n");
        PipelineConfig base = PipelineConfig.of(Map.of("bootstrap.servers", "x:9092",
                PipelineConfig.REGISTRY_URL, "http://x"));

        assertThat(base.httpToken()).isNull();
        assertThat(base.maskIin()).isFalse();
        assertThat(base.with(PipelineConfig.HTTP_TOKEN, "inline").httpToken()).isEqualTo("inline");
        assertThat(base.with(PipelineConfig.HTTP_TOKEN_FILE, file.toString()).httpToken()).isEqualTo("from-a-secret");
        assertThat(base.with(PipelineConfig.HTTP_MASK_IIN, "true").maskIin()).isTrue();
        assertThat(base.with(PipelineConfig.HTTP_TOKEN, "x").streamsProperties()).doesNotContainKey(
                PipelineConfig.HTTP_TOKEN);
        Files.writeString(file, "  \n");
        assertThatThrownBy(() -> base.with(PipelineConfig.HTTP_TOKEN_FILE, file.toString()).httpToken())
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> base.with(PipelineConfig.HTTP_TOKEN_FILE, dir.resolve("none").toString())
                .httpToken()).hasMessageContaining(PipelineConfig.HTTP_TOKEN_FILE);
    }
}
