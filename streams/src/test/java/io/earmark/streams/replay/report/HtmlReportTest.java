package io.earmark.streams.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.testing.Events;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = HtmlReport.render(CaseReportBuilder.build(ReportFixtures.whatIfCase()));

    @Test
    void shouldBeOneSelfContainedPageWithoutScriptOrExternalResources() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("<link")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
    }

    @Test
    void shouldDrawTheFundsMoneyFlowWithTheSellersKickbackAndItsIdleStrip() {
        assertThat(html).contains("The money's path at a glance").contains("<svg class=\"earmark-flow\"")
                .contains("<svg class=\"earmark-strip\"")
                .contains("class=\"edge kind-KICKBACK\" data-from=\"" + Events.SELLER + "\" data-to=\""
                        + Events.BENEFICIARY + "\"")
                .contains("class=\"edge kind-CASH\"").contains("1 \u00D7 CATTLE, 3,900,000 \u20B8");
        assertThat(ReportFiles.json(CaseReportBuilder.build(ReportFixtures.whatIfCase()))).doesNotContain("<svg")
                .doesNotContain("\"pictures\"");
    }

    @Test
    void shouldEscapeEverythingThatComesFromEvents() {
        assertThat(html).contains("KZ-&lt;001&gt;").contains("&lt;by&gt; the beneficiary &amp; co.")
                .contains("test input &lt;dir&gt;").doesNotContain("KZ-<001>");
    }

    @Test
    void shouldShowTheTimelineWithHoldingsAndLinkEvidenceToItsRows() {
        assertThat(html).contains("Where the money went").contains("id=\"ev-F-REPORT-M-4\"")
                .contains("href=\"#ev-F-REPORT-M-4\"").contains("Held by the financial organisation")
                .contains("4,000,000.00 KZT").contains("(approved seller)");
    }

    @Test
    void shouldShowAlertsAssetsAndWhatIfChangesInWords() {
        assertThat(html).contains("Earmarked money was withdrawn in cash")
                .contains("id=\"alert-KICKBACK_SUSPECTED_F-REPORT_M-BACK\"")
                .contains("Expected <strong>2</strong>").contains("registered <strong class=\"short\">1</strong>")
                .contains("What-if: rules what-if-1 compared with the live rules v1-2024.10")
                .contains("1 alerts appear");
    }
}
