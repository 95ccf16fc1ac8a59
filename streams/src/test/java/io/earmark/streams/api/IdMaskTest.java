package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IdMaskTest {

    private static final String BANK = "990740000683";
    private static final String PERSON = "850312300456";
    private static final String SELLER = "120540012345";

    @Test
    void shouldKeepOnlyTheLastFourDigitsOfATwelveDigitId() {
        assertThat(IdMask.mask(PERSON)).isEqualTo("********0456");
        assertThat(IdMask.mask("F-CASH")).isEqualTo("F-CASH");
        assertThat(IdMask.mask("12345678901")).isEqualTo("12345678901");
        assertThat(IdMask.mask(null)).isNull();
    }

    @Test
    void shouldMaskIdFieldsAndIdsInTextsAtAnyDepthButKeepFinancialOrgs() {
        String body = "{\"fundId\":\"F-1\",\"status\":{\"beneficiaryId\":\"" + PERSON + "\",\"financialOrgId\":\""
                + BANK + "\",\"amount\":500000000000},\"journey\":[{\"fromId\":\"" + BANK + "\",\"toId\":\"" + PERSON
                + "\",\"detail\":\"paid to " + PERSON + ".\"}],\"alerts\":[{\"counterpartyId\":\"" + SELLER
                + "\",\"message\":\"Seller " + SELLER + " sent money back; held by " + BANK + "\"}]}";

        JsonNode masked = Json.parse(IdMask.ON.json(body));

        assertThat(masked.at("/status/beneficiaryId").asText()).isEqualTo("********0456");
        assertThat(masked.at("/status/financialOrgId").asText()).isEqualTo(BANK);
        assertThat(masked.at("/status/amount").asLong()).isEqualTo(500_000_000_000L);
        assertThat(masked.at("/journey/0/fromId").asText()).isEqualTo(BANK);
        assertThat(masked.at("/journey/0/toId").asText()).isEqualTo("********0456");
        assertThat(masked.at("/journey/0/detail").asText()).isEqualTo("paid to ********0456.");
        assertThat(masked.at("/alerts/0/counterpartyId").asText()).isEqualTo("********2345");
        assertThat(masked.at("/alerts/0/message").asText())
                .isEqualTo("Seller ********2345 sent money back; held by " + BANK);
        assertThat(masked.toString()).doesNotContain(PERSON, SELLER);
    }

    @Test
    void shouldMaskBinsOfOrganisationsThatAreNotFinancialOrgs() {
        String body = "{\"sellerId\":\"" + SELLER + "\",\"operatorId\":\"010140003594\"}";

        assertThat(IdMask.ON.json(body)).isEqualTo("{\"sellerId\":\"********2345\",\"operatorId\":\"********3594\"}");
    }

    @Test
    void shouldLeaveIdsInsideLongerIdsAndOtherNumbersAlone() {
        String body = "{\"fundId\":\"F-" + PERSON + "\",\"eventId\":\"M-" + PERSON + "-1\",\"x\":\"1234567890123\","
                + "\"n\":" + PERSON + "}";

        assertThat(IdMask.ON.json(body)).isEqualTo(body);
    }

    @Test
    void shouldChangeNothingWhenOffOrAlreadyMasked() {
        String body = "{\"beneficiaryId\":\"" + PERSON + "\"}";

        assertThat(IdMask.OFF.json(body)).isSameAs(body);
        String once = IdMask.ON.json(body);
        assertThat(IdMask.ON.json(once)).isEqualTo(once);
    }
}
