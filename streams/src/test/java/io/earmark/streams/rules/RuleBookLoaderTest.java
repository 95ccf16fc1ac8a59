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

    @Test
    void shouldKeepRecentAlertsThreeYearsUnlessTheFileSaysOtherwise() {
        assertThat(RuleBook.shipped().recentAlertsRetentionDays()).isEqualTo(1_095);
        assertThat(parse("version: v\n").recentAlertsRetention()).isEqualTo(java.time.Duration.ofDays(1_095));
        assertThat(new RuleBook("v", Thresholds.DESIGN_DEFAULTS, java.util.Map.of()).recentAlertsRetentionDays())
                .isEqualTo(1_095);

        RuleBook book = parse("version: v\nrecentAlertsRetentionDays: 30\n");

        assertThat(book.recentAlertsRetention()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(book.defaults()).isEqualTo(Thresholds.DESIGN_DEFAULTS);
    }

    @Test
    void shouldRejectTheRecentAlertsRetentionAnywhereButTheTopLevel() {
        assertThatThrownBy(() -> parse("""
                version: v
                programmes:
                  SEC_FUNDS: {recentAlertsRetentionDays: 30}
                """))
                .hasMessageContaining("'recentAlertsRetentionDays' in programmes.SEC_FUNDS is a global setting")
                .hasMessageContaining("top level");
        assertThatThrownBy(() -> parse("version: v\ndefaults: {recentAlertsRetentionDays: 30}\n"))
                .hasMessageContaining("'recentAlertsRetentionDays' in defaults is a global setting");
    }

    @Test
    void shouldRejectARecentAlertsRetentionThatIsNotAPositiveWholeNumberOfDays() {
        assertThatThrownBy(() -> parse("version: v\nrecentAlertsRetentionDays: 0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.yaml: 'recentAlertsRetentionDays' must be a positive number of days, got 0");
        assertThatThrownBy(() -> parse("version: v\nrecentAlertsRetentionDays: -7\n"))
                .hasMessageContaining("got -7");
        assertThatThrownBy(() -> parse("version: v\nrecentAlertsRetentionDays: 3y\n"))
                .hasMessageContaining("'recentAlertsRetentionDays' must be an integer");
        assertThatThrownBy(() -> new RuleBook("v", Thresholds.DESIGN_DEFAULTS, java.util.Map.of(), 0))
                .hasMessageContaining("recentAlertsRetentionDays must be positive");
    }
}
