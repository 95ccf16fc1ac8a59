package io.earmark.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class JsonLinesErrorsTest {
    private static final String MOVEMENT = JsonLines.write(SampleEvents.fundMovement());
    private static final String FUND = JsonLines.write(SampleEvents.fundEarmarked());

    @Test
    void shouldNameFileLineFieldAndExpectationForADecimalAmount() {
        JsonLineException error = movementError(MOVEMENT.replace("250000000", "12.5")).withLocation("movements.jsonl", 17);

        assertThat(error).hasMessage("movements.jsonl:17: field \"amount\": expected an integer (tiyn), got 12.5");
        assertThat(error.file()).isEqualTo("movements.jsonl");
        assertThat(error.lineNumber()).isEqualTo(17);
        assertThat(error.field()).isEqualTo("amount");
        assertThat(error.expected()).isEqualTo("an integer (tiyn)");
    }

    @Test
    void shouldRejectAnAmountWrittenAsAString() {
        JsonLineException error = movementError(MOVEMENT.replace("250000000", "\"12.5\""));

        assertThat(error).hasMessage("field \"amount\": expected an integer (tiyn), got \"12.5\"");
        assertThat(error.file()).isNull();
        assertThat(error.lineNumber()).isZero();
    }

    @Test
    void shouldRejectAnIntegralLookingDecimal() {
        assertThat(movementError(MOVEMENT.replace("250000000", "100.0")).field()).isEqualTo("amount");
    }

    @Test
    void shouldRejectNumbersBeyondTheLongAndIntRanges() {
        assertThat(movementError(MOVEMENT.replace("250000000", "9223372036854775808")))
                .hasMessageContaining("field \"amount\"").hasMessageContaining("got 9223372036854775808");
        JsonLineException intError = fundError(FUND.replace("\"maxIdleHours\":72", "\"maxIdleHours\":2147483648"));
        assertThat(intError.field()).isEqualTo("maxIdleHours");
        assertThat(intError.expected()).isEqualTo("an integer (32-bit)");
    }

    @Test
    void shouldRejectAnUnknownEnumNameListingTheAllowedOnes() {
        JsonLineException error = movementError(MOVEMENT.replace("\"TRANSFER\"", "\"WIRE\""));

        assertThat(error.field()).isEqualTo("channel");
        assertThat(error).hasMessage("field \"channel\": expected one of TRANSFER, CASH_WITHDRAWAL, CARD_PAYMENT, got \"WIRE\"");
    }

    @Test
    void shouldRejectAnUnknownFieldName() {
        JsonLineException error = movementError(MOVEMENT.replace("{\"eventId\"", "{\"colour\":\"red\",\"eventId\""));

        assertThat(error.field()).isEqualTo("colour");
        assertThat(error.expected()).startsWith("one of the fields of FundMovement (eventId, fundId, bankId");
        assertThat(error.actual()).isEqualTo("an unknown field");
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        JsonLineException error = movementError(MOVEMENT.replace("\"bankId\":\"HSBKKZKX\",", ""));

        assertThat(error).hasMessage("field \"bankId\": expected a string, got nothing (the field is missing)");
    }

    @Test
    void shouldRejectNullForANonNullableField() {
        JsonLineException error = movementError(MOVEMENT.replace("\"HSBKKZKX\"", "null"));

        assertThat(error).hasMessage("field \"bankId\": expected a string, got null");
    }

    @Test
    void shouldRejectTimestampsThatAreNotUtcIsoInstantsWithMillisecondPrecision() {
        for (String bad : new String[] {"\"2024-10-01 09:30:00\"", "\"2024-10-01\"", "1727775000000",
            "\"2024-10-01T09:30:00.000001Z\"", "\"2024-10-01T15:30:00+05:00\""}) {
            JsonLineException error = movementError(MOVEMENT.replace("\"2024-10-01T10:30:00Z\"", bad));

            assertThat(error.field()).as(bad).isEqualTo("eventTime");
            assertThat(error.expected()).contains("ISO-8601").contains("2024-10-01T09:30:00Z");
        }
    }

    @Test
    void shouldNameTheNestedPathOfABadEvidenceField() {
        String line = JsonLines.write(SampleEvents.fundAlert()).replace("\"topic\":\"earmark.movements.v1\"", "\"topic\":7");

        JsonLineException error = error(line, FundAlert.class);

        assertThat(error.field()).isEqualTo("evidence[1].topic");
        assertThat(error.expected()).isEqualTo("a string");
    }

    @Test
    void shouldRejectAStringWhereAnArrayIsExpected() {
        JsonLineException error = fundError(FUND.replace("[\"BIN-SELLER-1\",\"IIN-SELLER-2\"]", "\"BIN-SELLER-1\""));

        assertThat(error.field()).isEqualTo("approvedSellers");
        assertThat(error.expected()).isEqualTo("an array");
    }

    @Test
    void shouldRejectInvalidJsonAndNonObjectsAsWholeLineErrors() {
        JsonLineException invalid = movementError("{\"eventId\":\"m-1\",");
        JsonLineException array = movementError("[1,2]");
        JsonLineException trailing = movementError(MOVEMENT + " {}");

        assertThat(invalid.field()).isNull();
        assertThat(invalid.expected()).isEqualTo("a JSON object");
        assertThat(invalid.actual()).startsWith("invalid JSON");
        assertThat(array).hasMessage("expected a JSON object, got [1,2]");
        assertThat(trailing.actual()).startsWith("invalid JSON");
    }

    @Test
    void shouldRejectADuplicateField() {
        JsonLineException error = movementError(MOVEMENT.replace("{\"eventId\":\"ev-m-1\"", "{\"eventId\":\"a\",\"eventId\":\"b\""));

        assertThat(error.field()).isEqualTo("eventId");
        assertThat(error.expected()).isEqualTo("the field at most once");
    }

    @Test
    void shouldPrefixOnlyWhatIsKnownOfTheLocation() {
        JsonLineException error = new JsonLineException("amount", "an integer (tiyn)", "\"x\"");

        assertThat(error.withLocation(null, 4)).hasMessage("line 4: field \"amount\": expected an integer (tiyn), got \"x\"");
        assertThat(error.withLocation("f.jsonl", 0)).hasMessage("f.jsonl: field \"amount\": expected an integer (tiyn), got \"x\"");
    }

    private static JsonLineException movementError(String line) {
        return error(line, FundMovement.class);
    }

    private static JsonLineException fundError(String line) {
        return error(line, FundEarmarked.class);
    }

    private static JsonLineException error(String line, Class<? extends SpecificRecord> type) {
        Throwable thrown = catchThrowable(() -> JsonLines.read(line, type));
        assertThat(thrown).isInstanceOf(JsonLineException.class);
        return (JsonLineException) thrown;
    }
}
