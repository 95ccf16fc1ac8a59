package io.earmark.streams.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Programme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleBookLoaderTest {

    private static RuleBook parse(String yaml) {
        return RuleBookLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void shouldShipTheThresholdsOfTheDesign() {
        RuleBook shipped = RuleBook.shipped();
        assertThat(shipped.defaults()).isEqualTo(Thresholds.DESIGN_DEFAULTS);
        assertThat(shipped.version()).isNotBlank();
    }

    @Test
    void shouldOverrideOnlyTheNamedThresholdsOfAProgramme() {
        RuleBook book = parse("""
                version: "v2"
                defaults: {kickbackShareBps: 2500}
                programmes:
                  INVESTMENT_SUBSIDY: {assetValueShareBps: 9500}
                """);
        assertThat(book.version()).isEqualTo("v2");
        assertThat(book.forProgramme(Programme.AUYL_AMANATY).kickbackShareBps()).isEqualTo(2500);
        Thresholds subsidy = book.forProgramme(Programme.INVESTMENT_SUBSIDY);
        assertThat(subsidy.assetValueShareBps()).isEqualTo(9500);
        assertThat(subsidy.kickbackShareBps()).isEqualTo(2500);
        assertThat(subsidy.kickbackWindowDays()).isEqualTo(30);
    }

    @Test
    void shouldRejectUnknownKeysProgrammesAndMissingVersion() {
        assertThatThrownBy(() -> parse("version: v\ndefaults: {kickbackShare: 1}\n"))
                .hasMessageContaining("unknown threshold 'kickbackShare'");
        assertThatThrownBy(() -> parse("version: v\nprogrammes: {CATTLE: {}}\n"))
                .hasMessageContaining("unknown programme 'CATTLE'");
        assertThatThrownBy(() -> parse("defaults: {}\n")).hasMessageContaining("missing 'version'");
        assertThatThrownBy(() -> parse("version: v\ndefaults: {kickbackShareBps: 20000}\n"))
                .hasMessageContaining("kickbackShareBps");
    }
}
