package io.earmark.streams.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

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
