package io.earmark.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class JsonLinesRoundTripTest {

    @Test
    void shouldRoundTripEveryRecordType() {
        for (SpecificRecord record : SampleEvents.allTypes()) {
            String line = JsonLines.write(record);

            assertThat(JsonLines.read(line, record.getClass())).as(line).isEqualTo(record);
        }
    }

    @Test
    void shouldWriteTheContractFormatOmittingNullFields() {
        FundMovement movement = FundMovement.newBuilder()
                .setEventId("m-17").setFundId(null).setBankId("HSBKKZKX").setFromId("A").setToId("B")
                .setAmount(1_250L).setChannel(Channel.CASH_WITHDRAWAL).setPurposeCode(null)
                .setEventTime(Instant.parse("2024-10-01T09:30:00Z"))
                .build();

        assertThat(JsonLines.write(movement)).isEqualTo("{\"eventId\":\"m-17\",\"bankId\":\"HSBKKZKX\",\"fromId\":\"A\","
                + "\"toId\":\"B\",\"amount\":1250,\"channel\":\"CASH_WITHDRAWAL\",\"eventTime\":\"2024-10-01T09:30:00Z\"}");
    }

    @Test
    void shouldWriteKeysInSchemaFieldOrderWithArraysAndOptionalValuesPresent() {
        String line = JsonLines.write(SampleEvents.fundEarmarked());

        assertThat(line).isEqualTo("{\"eventId\":\"ev-f-1\",\"fundId\":\"fund-1\",\"programme\":\"AUYL_AMANATY\","
                + "\"operatorId\":\"OP-BIN-1\",\"beneficiaryId\":\"IIN-FARMER-1\",\"financialOrgId\":\"BIN-BANK-1\","
                + "\"amount\":500000000,\"purpose\":\"LIVESTOCK\",\"approvedSellers\":[\"BIN-SELLER-1\",\"IIN-SELLER-2\"],"
                + "\"expectedAssetCount\":10,\"declaredAssetValue\":480000000,\"maxIdleHours\":72,"
                + "\"registrationDeadlineDays\":30,\"eventTime\":\"2024-10-01T09:30:00Z\"}");
    }

    @Test
    void shouldWriteFundAlertEvidenceAsNestedObjectsWithMillisecondTimestamps() {
        String line = JsonLines.write(SampleEvents.fundAlert());

        assertThat(line).endsWith(",\"evidence\":[{\"eventId\":\"ev-f-1\",\"topic\":\"earmark.funds.v1\","
                + "\"eventTime\":\"2024-10-01T09:30:00Z\"},{\"eventId\":\"ev-m-0\",\"topic\":\"earmark.movements.v1\","
                + "\"eventTime\":\"2024-10-01T09:30:01.500Z\"}]}");
        assertThat(line).doesNotContain("counterpartyId").contains("\"detectedAt\":\"2024-10-04T09:30:00Z\"");
        assertThat(JsonLines.read(line, FundAlert.class).getEvidence()).hasSize(2);
    }

    @Test
    void shouldWriteTheSameBytesForEqualRecords() {
        assertThat(JsonLines.write(SampleEvents.fundAlert())).isEqualTo(JsonLines.write(SampleEvents.fundAlert()));
    }

    @Test
    void shouldReadOmittedNullableFieldsAsNullAndExplicitNullsToo() {
        String omitted = "{\"eventId\":\"m-1\",\"bankId\":\"K\",\"fromId\":\"A\",\"toId\":\"B\",\"amount\":5,"
                + "\"channel\":\"TRANSFER\",\"eventTime\":\"2024-10-01T09:30:00Z\"}";
        String explicit = omitted.replace("\"bankId\"", "\"fundId\":null,\"purposeCode\":null,\"bankId\"");

        assertThat(JsonLines.read(omitted, FundMovement.class).getFundId()).isNull();
        assertThat(JsonLines.read(explicit, FundMovement.class)).isEqualTo(JsonLines.read(omitted, FundMovement.class));
    }

    @Test
    void shouldKeepNonAsciiTextIntact() {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        fund.setBeneficiaryId("Ақмола \"ферма\"");

        assertThat(JsonLines.read(JsonLines.write(fund), FundEarmarked.class)).isEqualTo(fund);
    }

    @Test
    void shouldRefuseToWriteANullInARequiredField() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setBankId(null);

        assertThatThrownBy(() -> JsonLines.write(movement))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bankId");
    }
}
