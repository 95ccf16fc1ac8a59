package io.earmark.streams.oversight;

import static io.earmark.streams.testing.CaseActs.alert;
import static io.earmark.streams.testing.CaseActs.assigned;
import static io.earmark.streams.testing.CaseActs.opened;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.schemas.Topics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ReportPageTest {

    private static final String HOSTILE_ORG = "<script>alert('org')</script>";
    private static final String HOSTILE_ALERT = "\"><img src=x onerror=alert(1)>";
    private static final ReportSource SOURCE = new ReportSource(Topics.CASES, 21, 1, 2, 0);

    private static List<CaseEvent> withHostileIds() {
        List<CaseEvent> acts = new ArrayList<>(PeriodReportTest.october());
        Instant at = Instant.parse("2024-10-20T08:00:00Z");
        acts.add(opened(alert(HOSTILE_ALERT, AlertRule.DIVERTED_FUNDS, Severity.HIGH, Programme.SEC_FUNDS, HOSTILE_ORG,
                123_456_789, at)));
        acts.add(assigned(HOSTILE_ALERT, "a.nurlanova", "<b>bold</b>", at.plusSeconds(3600)));
        return acts;
    }

    private static String page(List<CaseEvent> acts) {
        return ReportPage.render(PeriodReport.of(PeriodReportTest.fold(acts), PeriodReportTest.OCTOBER), SOURCE);
    }

    @Test
    void shouldAskForNothingOutsideThePage() {
        String html = page(withHostileIds());

        assertThat(html).doesNotContain("http://", "https://", "url(", "@import", "@font-face", "<script", "<link",
                "<iframe", "<object", "<img");
        assertThat(Pattern.compile("<[a-zA-Z][^>]*\\s(src|href|xlink:href|action)\\s*=").matcher(html).find())
                .as("a tag that loads or links anything").isFalse();
        assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
    }

    @Test
    void shouldEscapeTheIdsTheAlertsCarried() {
        String html = page(withHostileIds());

        assertThat(html).doesNotContain(HOSTILE_ORG, HOSTILE_ALERT, "<img", "<b>bold");
        assertThat(html).contains("&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;",
                "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void shouldDrawChartsThatAreWellFormedSvg() throws Exception {
        String html = page(withHostileIds());

        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            String xml = svg.group().replaceFirst("<svg ", "<svg xmlns=\"urn:svg\" ");
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(charts).isEqualTo(6);
        assertThat(html).contains("class=\"chart weekly-alerts\"", "class=\"chart weekly-money\"",
                "class=\"chart programme-alerts\"", "class=\"chart programme-money\"",
                "class=\"chart financial-org-alerts\"", "class=\"chart financial-org-money\"");
    }

    @Test
    void shouldWriteTheSameBytesForTheSameCasesWhateverTheReadOrderAndTheLocale() {
        List<CaseEvent> acts = withHostileIds();
        List<CaseEvent> otherOrder = new ArrayList<>(acts);
        otherOrder.sort(Comparator.comparing(CaseEvent::getAlertId).reversed().thenComparing(acts::indexOf));
        String first = page(acts);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(page(otherOrder)).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldShowTheFiguresAsAReaderReadsThem() {
        String html = page(withHostileIds());

        assertThat(html).contains("1 October 2024 \u2013 31 October 2024")
                .contains("<th>Funds recovered</th><td class=\"num\">5,000.00 KZT</td>")
                .contains("<th>Median time to triage</th><td class=\"num\">5 h 0 min over 6 cases</td>")
                .contains("<th>Median time to resolution</th><td class=\"num\">2 d 0 h over 3 cases</td>")
                .contains("1,234,567.89 KZT")
                .contains("No programme (unknown fund)", "None named (unknown fund)")
                .contains("Read from earmark.cases.v1: 21 records, 1 undecodable and skipped, 2 acts refused");
        // the open cases, oldest first, numbered
        assertThat(html.indexOf(">IDLE-1<")).isLessThan(html.indexOf(">DIV-1<"));
        assertThat(html.indexOf(">DIV-1<")).isLessThan(html.indexOf(">DIV-2<"));
        assertThat(html.indexOf(">DIV-2<")).isLessThan(html.indexOf(">UNK-1<"));
    }

    @Test
    void shouldSayDashWhereThereIsNoMedian() {
        String html = page(List.of(opened(alert("UNK-9", AlertRule.UNKNOWN_FUND, Severity.LOW, null, null, 1,
                Instant.parse("2024-10-03T00:00:00Z")))));

        assertThat(html).contains("<th>Median time to triage</th><td class=\"num\">\u2014</td>",
                "<th>Median time to resolution</th><td class=\"num\">\u2014</td>");
    }

    @Test
    void shouldPrintEachGroupOnAPageOfItsOwnInBlackAndWhite() {
        String html = page(withHostileIds());

        assertThat(html).contains("@media print", "@page{size:A4", "section.page{break-before:page}",
                "thead{display:table-header-group}", "tr,figure{break-inside:avoid}");
        assertThat(html).contains("<section class=\"page\" id=\"programme\">",
                "<section class=\"page\" id=\"financial-org\">", "<section class=\"page\" id=\"open-cases\">");
    }
}
