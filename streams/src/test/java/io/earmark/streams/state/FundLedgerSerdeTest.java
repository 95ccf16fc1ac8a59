package io.earmark.streams.state;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.testing.Events;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** A fund ledger survives the binary ledger format field by field, with its collections' order and types. */
class FundLedgerSerdeTest {

    private static final long T = 1_727_773_200_000L;

    private final FundLedgerSerde serde = new FundLedgerSerde();

    /** A ledger with every field set, and nulls where the records allow them. */
    static FundLedger fullLedger() {
        FundLedger ledger = FundLedger.open("F-7");
        ledger.fund = new Fund("earmark-F-7", "F-7", Programme.INVESTMENT_SUBSIDY, OPERATOR, BENEFICIARY, BANK,
                7_000_000_00L, Purpose.LEASED_EQUIPMENT, List.of(SELLER, "Сатушы ЖШС"), 2, 9_000_000_00L, 4_500, 72,
                30, T);
        ledger.held.add(new Movement("m-held", "F-7", "HSBKKZKX", OPERATOR, BANK, 1_00L, Channel.TRANSFER, null,
                T + 1));
        ledger.setAside.add(new Movement("m-aside", null, "HSBKKZKX", BANK, "770101300999", 2_00L,
                Channel.CASH_WITHDRAWAL, "KNP 311", T + 2));
        ledger.balances.put(BANK, 6_000_000_00L);
        ledger.balances.put(BENEFICIARY, -1L);
        ledger.balances.put("", 0L);
        ledger.movedIn = 7_000_000_00L;
        ledger.paidToSellers = 1_000_000_00L;
        ledger.diverted = Long.MAX_VALUE;
        ledger.returned = Long.MIN_VALUE;
        ledger.idleSince = T + 3;
        ledger.idleStartEventId = "m-release";
        ledger.firstSellerPaymentAt = T + 4;
        ledger.firstSellerPaymentEventId = "m-seller";
        ledger.assetDeadlinePassed = true;
        ledger.assets.add(new Registration("a-1", Registry.LIVESTOCK_IDENTIFICATION, "KZ-001", "CATTLE",
                BENEFICIARY, null, null, 450_000_00L, T + 5));
        ledger.assets.add(new Registration("a-2", Registry.MACHINERY_REGISTRY, "TR-2", "TRACTOR", BENEFICIARY,
                SELLER, "F-7", 550_000_00L, T + 6));
        ledger.registeredValue = 1_000_000_00L;
        ledger.appliedEventIds.addAll(List.of("movements:m-z", "funds:earmark-F-7", "movements:m-a"));
        ledger.alertIds.addAll(List.of("IDLE_FUNDS:F-7:2", "CASH_WITHDRAWAL:F-7:m-aside"));
        ledger.announcedAlertIds.add("CASH_WITHDRAWAL:F-7:m-aside");
        ledger.journey.add(new JourneyStep(T, "EARMARKED", "earmark-F-7", OPERATOR, BANK, 7_000_000_00L,
                "INVESTMENT_SUBSIDY fund for " + BENEFICIARY));
        ledger.journey.add(new JourneyStep(T + 7, "ALERT", "IDLE_FUNDS:2", null, BANK, 6_000_000_00L,
                "деньги лежат без движения"));
        ledger.updatedAt = T + 7;
        return ledger;
    }

    /** A ledger whose every nullable field is null, its fund id included. */
    static FundLedger emptyLedger() {
        return new FundLedger();
    }

    private FundLedger roundTrip(FundLedger ledger) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", ledger));
    }

    @Test
    void shouldReadBackEveryFieldOfAFullLedger() {
        FundLedger ledger = fullLedger();

        FundLedger read = roundTrip(ledger);

        assertThat(read).usingRecursiveComparison().isEqualTo(ledger);
    }

    @Test
    void shouldReadBackALedgerWhoseNullableFieldsAreNull() {
        FundLedger ledger = emptyLedger();

        FundLedger read = roundTrip(ledger);

        assertThat(read).usingRecursiveComparison().isEqualTo(ledger);
        assertThat(read.fund).isNull();
        assertThat(read.idleSince).isNull();
        assertThat(read.firstSellerPaymentAt).isNull();
    }

    @Test
    void shouldKeepTheOrderAndMutableTypesOfTheCollections() {
        FundLedger read = roundTrip(fullLedger());

        assertThat(read.balances).isExactlyInstanceOf(TreeMap.class);
        assertThat(read.balances.keySet()).containsExactly("", BENEFICIARY, BANK);
        assertThat(read.appliedEventIds).isExactlyInstanceOf(LinkedHashSet.class)
                .containsExactly("movements:m-z", "funds:earmark-F-7", "movements:m-a");
        assertThat(read.alertIds).isExactlyInstanceOf(LinkedHashSet.class)
                .containsExactly("IDLE_FUNDS:F-7:2", "CASH_WITHDRAWAL:F-7:m-aside");
        assertThat(read.announcedAlertIds).isExactlyInstanceOf(LinkedHashSet.class);
        for (List<?> list : List.of(read.held, read.setAside, read.assets, read.journey)) {
            assertThat(list).isExactlyInstanceOf(ArrayList.class);
        }
        assertThat(read.journey).extracting(JourneyStep::kind).containsExactly("EARMARKED", "ALERT");

        // the ledger book changes them in place
        read.balances.put("A", 1L);
        read.appliedEventIds.add("movements:m-b");
        read.held.clear();
        read.journey.add(read.journey.get(0));
        assertThat(read.balances.keySet()).containsExactly("", BENEFICIARY, BANK, "A");
        assertThat(read.appliedEventIds).endsWith("movements:m-b");
    }

    @Test
    void shouldWriteARepeatedStringOnce() {
        String party = "a party named at length, again and again";
        FundLedger repeated = FundLedger.open("F-1");
        repeated.balances.put(party, 1L);
        repeated.journey.add(new JourneyStep(T, "MOVEMENT", party, party, party, 1L, party));
        FundLedger distinct = FundLedger.open("F-1");
        distinct.balances.put(party, 1L);
        distinct.journey.add(new JourneyStep(T, "MOVEMENT", party + 1, party + 2, party + 3, 1L, party + 4));

        byte[] repeatedBytes = serde.serializer().serialize("t", repeated);
        byte[] distinctBytes = serde.serializer().serialize("t", distinct);

        int partyBytes = party.getBytes(StandardCharsets.UTF_8).length;
        assertThat(repeatedBytes.length).isLessThanOrEqualTo(distinctBytes.length - 4 * partyBytes);
        assertThat(roundTrip(repeated)).usingRecursiveComparison().isEqualTo(repeated);
    }

    @Test
    void shouldRefuseAnUnknownFormatVersion() {
        byte[] bytes = serde.serializer().serialize("t", fullLedger());
        bytes[0] = 4;

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown fund ledger format version 4");
    }

    @Test
    void shouldReadALedgerThatTheFirstFormatWrote() throws IOException {
        // Given the full ledger as the previous build wrote it (format version 1, with its oversubsidy flag)
        byte[] stored = storedLedger(1);

        // When this build reads it
        FundLedger read = serde.deserializer().deserialize("t", stored);

        // Then every field it still has reads back, and the ledger is written in the current version
        assertThat(read).usingRecursiveComparison().isEqualTo(fullLedger());
        assertThat(serde.serializer().serialize("t", read)[0]).isEqualTo((byte) 3);
    }

    @Test
    void shouldReadALedgerThatTheSecondFormatWroteWithItsSentences() throws IOException {
        // Given the full ledger as the build before journey steps became data wrote it (format version 2)
        byte[] stored = storedLedger(2);

        // When this build reads it
        FundLedger read = serde.deserializer().deserialize("t", stored);

        // Then every field reads back, each step with the sentence it was stored with as its text
        assertThat(read).usingRecursiveComparison().isEqualTo(fullLedger());
        assertThat(read.journey).extracting(JourneyStep::text).containsExactly(
                "INVESTMENT_SUBSIDY fund for " + BENEFICIARY, "деньги лежат без движения");
        assertThat(serde.serializer().serialize("t", read)[0]).isEqualTo((byte) 3);
    }

    /** {@link #fullLedger()} as an earlier build wrote it, in format {@code version} (a test resource). */
    private byte[] storedLedger(int version) throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/state/fund-ledger-v" + version + ".bin")) {
            stored = in.readAllBytes();
        }
        assertThat(stored[0]).isEqualTo((byte) version);
        return stored;
    }

    @Test
    void shouldKeepJourneyStepsAsDataWithoutTheirSentences() {
        // Given a registration step and a duplicate step as data
        FundLedger ledger = fullLedger();
        ledger.journey.clear();
        ledger.journey.add(new JourneyStep(T + 5, "REGISTRATION", "a-1", SELLER, BENEFICIARY, 450_000_00L,
                "LIVESTOCK_IDENTIFICATION", "CATTLE", "KZ-001", null, null));
        ledger.journey.add(new JourneyStep(T + 6, "DUPLICATE_REGISTRATION", "a-9", SELLER, BENEFICIARY, 1L,
                null, "CATTLE", "KZ-001", "F-1", null));

        // When it is written and read back
        byte[] bytes = serde.serializer().serialize("t", ledger);
        FundLedger read = serde.deserializer().deserialize("t", bytes);

        // Then the steps come back field by field, and no sentence was stored
        assertThat(read).usingRecursiveComparison().isEqualTo(ledger);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("worth", "already counts");
    }

    @Test
    void shouldRefuseALedgerStoredAsJson() {
        byte[] json = new JsonSerde<>(FundLedger.class).serializer().serialize("t", fullLedger());

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown fund ledger format version " + (int) '{');
    }

    @Test
    void shouldRefuseATruncatedLedger() {
        byte[] bytes = serde.serializer().serialize("t", fullLedger());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", truncated))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldPassNullThrough() {
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void shouldLetTheLedgerBookGoOnWithALedgerReadBack() {
        // Given a ledger built by the book and stored
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger ledger = FundLedger.open("F1");
        book.applyFund(ledger, Fund.of(Events.fund("F1")));
        Movement release = Movement.of(Events.release("F1", minutes(1)));
        book.applyMovement(ledger, release);
        FundLedger read = roundTrip(ledger);
        FundLedger copy = read.copy();
        assertThat(copy).usingRecursiveComparison().isEqualTo(ledger);

        // When the next movement, and the release again, reach the read-back ledger and the original
        Movement toBeneficiary = Movement.of(Events.move("m-2", "F1", BANK, BENEFICIARY, 1_000_00L, minutes(2)));
        Outcome onRead = book.applyMovement(read, toBeneficiary);
        Outcome onOriginal = book.applyMovement(ledger, toBeneficiary);
        Outcome redelivered = book.applyMovement(read, release);

        // Then both end the same, and the read-back ledger still knows what it applied
        assertThat(onRead).usingRecursiveComparison().isEqualTo(onOriginal);
        assertThat(read).usingRecursiveComparison().isEqualTo(ledger);
        assertThat(read.balanceOf(BENEFICIARY)).isEqualTo(1_000_00L);
        assertThat(redelivered.changed).isFalse();
        assertThat(copy.balanceOf(BENEFICIARY)).isZero();
    }
}
