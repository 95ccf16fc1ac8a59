package io.earmark.streams.picture;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.KickbackStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FundPicturesTest {

    private final FundLedger ledger = KickbackStory.ledger();

    @Test
    void shouldDrawTheSellersReturnToTheBeneficiaryAsAMarkedKickbackEdge() throws Exception {
        SvgXml flow = new SvgXml(FundPictures.flow(ledger, false));

        Element kickback = flow.one("//*[@class='edge kind-KICKBACK']");
        assertThat(kickback.getAttribute("data-from")).isEqualTo(SELLER);
        assertThat(kickback.getAttribute("data-to")).isEqualTo(BENEFICIARY);
        assertThat(kickback.getAttribute("data-amount")).isEqualTo("150000000");
        assertThat(kickback.getTextContent()).contains("KICKBACK 1,500,000 \u20B8");
        assertThat(flow.one("//*[@data-party='" + SELLER + "']").getAttribute("data-role")).isEqualTo("SELLER");
    }

    @Test
    void shouldDrawEachTransferOnceWithItsKindAndTheCashWithdrawalToACashNode() throws Exception {
        SvgXml flow = new SvgXml(FundPictures.flow(ledger, false));

        assertThat(flow.all("//*[@data-kind]")).extracting(e -> e.getAttribute("data-from") + ">"
                + e.getAttribute("data-to") + ":" + e.getAttribute("data-kind") + ":" + e.getAttribute("data-amount"))
                .containsExactlyInAnyOrder(
                        OPERATOR + ">" + BANK + ":PAYMENT:500000000",
                        BANK + ">" + BENEFICIARY + ":PAYMENT:500000000",
                        BENEFICIARY + ">" + SELLER + ":PAYMENT:400000000",
                        BENEFICIARY + ">cash:" + BENEFICIARY + ":CASH:50000000",
                        SELLER + ">" + BENEFICIARY + ":KICKBACK:150000000");
        assertThat(flow.one("//*[@data-role='CASH']").getTextContent()).contains("cash withdrawn by", BENEFICIARY);
    }

    @Test
    void shouldHangTheRegisteredAssetOnTheSellerItCameWith() throws Exception {
        SvgXml flow = new SvgXml(FundPictures.flow(ledger, false));

        assertThat(flow.one("//*[@data-party='" + SELLER + "']").getTextContent())
                .contains("1 \u00D7 CATTLE, 3,900,000 \u20B8");
        assertThat(flow.one("//*[@data-party='" + BENEFICIARY + "' and @data-role='BENEFICIARY']").getTextContent())
                .doesNotContain("CATTLE").contains("holds 500,000 \u20B8 now");
    }

    @Test
    void shouldCrossTheIdleLimitWhereIdleFundsFired() throws Exception {
        SvgXml strip = new SvgXml(FundPictures.strip(ledger));
        String idleAlert = ledger.journey.stream().filter(s -> s.eventId().startsWith("IDLE_FUNDS:"))
                .map(s -> Instant.ofEpochMilli(s.eventTime()).toString()).findFirst().orElseThrow();

        Element limit = strip.one("//*[@class='idle-limit']");
        Element flag = strip.one("//*[@class='flag' and @data-rule='IDLE_FUNDS']");
        Element over = strip.one("//*[@class='over-limit']");
        assertThat(idleAlert).isEqualTo(Events.hours(1 + KickbackStory.IDLE_LIMIT_HOURS).toString());
        assertThat(limit.getAttribute("data-at")).isEqualTo(idleAlert);
        assertThat(flag.getAttribute("data-at")).isEqualTo(idleAlert);
        assertThat(over.getAttribute("data-from")).isEqualTo(idleAlert);
        assertThat(over.getAttribute("data-to")).isEqualTo(Events.hours(60).toString());
        Element flagLine = (Element) flag.getElementsByTagName("line").item(0);
        assertThat(flagLine.getAttribute("x1")).isEqualTo(limit.getAttribute("x1"));
        assertThat(over.getAttribute("x")).isEqualTo(limit.getAttribute("x1"));
    }

    @Test
    void shouldMarkPaymentsRegistrationsAndFlagEveryAlert() throws Exception {
        SvgXml strip = new SvgXml(FundPictures.strip(ledger));

        assertThat(strip.all("//*[@class='mark mark-PAYMENT']")).extracting(e -> e.getAttribute("data-at"))
                .containsExactly(Events.hours(61).toString());
        assertThat(strip.all("//*[@class='mark mark-REGISTRATION']")).hasSize(1);
        assertThat(strip.all("//*[@class='flag']")).extracting(e -> e.getAttribute("data-rule"))
                .containsExactlyInAnyOrder("IDLE_FUNDS", "CASH_WITHDRAWAL", "KICKBACK_SUSPECTED");
    }

    @Test
    void shouldRouteAPaymentThatSkipsAColumnUnderTheBoxesNotThroughThem() throws Exception {
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger direct = FundLedger.open("F-DIRECT");
        book.applyFund(direct, Fund.of(Events.fund("F-DIRECT")));
        book.applyMovement(direct, Movement.of(Events.move("D-1", "F-DIRECT", OPERATOR, BANK, 5_000_000_00L,
                Events.hours(1))));
        book.applyMovement(direct, Movement.of(Events.move("D-2", "F-DIRECT", BANK, SELLER, 5_000_000_00L,
                Events.hours(2))));
        SvgXml flow = new SvgXml(FundPictures.flow(direct, false));

        Element beneficiary = (Element) flow.one("//*[@data-party='" + BENEFICIARY + "']").getElementsByTagName("rect")
                .item(0);
        Element label = (Element) flow.one("//*[@data-from='" + BANK + "' and @data-to='" + SELLER + "']")
                .getElementsByTagName("rect").item(0);
        assertThat(Double.parseDouble(label.getAttribute("y"))).isGreaterThan(
                Double.parseDouble(beneficiary.getAttribute("y")) + Double.parseDouble(beneficiary.getAttribute("height")));
    }

    @Test
    void shouldEscapeEveryPartyIdAndLinkPartiesOnlyWhenAsked() throws Exception {
        FundLedger hostile = KickbackStory.ledger();
        hostile.journey.add(new JourneyStep(Events.days(5).toEpochMilli(), "MOVEMENT", "M-X", BENEFICIARY,
                "<script>alert(1)</script>&\"'", 1_00L, "x"));

        String linked = FundPictures.flow(hostile, true);
        assertThat(linked).doesNotContain("<script>").contains("&lt;script&gt;");
        SvgXml flow = new SvgXml(linked);
        assertThat(flow.all("//*[local-name()='a']")).extracting(e -> e.getAttribute("href"))
                .contains("#party=" + SELLER, "#party=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26%22%27");
        assertThat(new SvgXml(FundPictures.flow(hostile, false)).all("//*[local-name()='a']")).isEmpty();
    }

    @Test
    void shouldDrawNothingForAFundWhoseEarmarkIsNotKnown() {
        assertThat(FundPictures.of(FundLedger.open("F-UNKNOWN"), false)).isEmpty();
        assertThat(FundPictures.of(ledger, false)).get().asString().contains("earmark-flow", "earmark-strip");
        assertThat(List.of(FundPictures.of(ledger, false).orElseThrow().split("<svg", -1))).hasSize(3);
    }
}
