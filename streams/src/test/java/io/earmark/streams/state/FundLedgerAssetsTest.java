package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Registry;
import io.earmark.streams.model.Registration;
import org.junit.jupiter.api.Test;

/** A fund knows which assets count for it, however they were added and after a copy or a read from the store. */
class FundLedgerAssetsTest {

    @Test
    void shouldKnowAnAssetAddedBeforeOrAfterTheFirstQuestion() {
        FundLedger ledger = FundLedger.open("F-1");
        ledger.addAsset(registration("KZ-1"));
        assertThat(ledger.hasAsset("KZ-1")).isTrue();
        assertThat(ledger.hasAsset("KZ-2")).isFalse();

        ledger.addAsset(registration("KZ-2"));

        assertThat(ledger.hasAsset("KZ-2")).isTrue();
        assertThat(ledger.assetsRegistered()).isEqualTo(2);
    }

    @Test
    void shouldKnowAnAssetPutInTheListDirectly() {
        FundLedger ledger = FundLedger.open("F-1");
        assertThat(ledger.hasAsset("KZ-1")).isFalse();

        ledger.assets.add(registration("KZ-1"));

        assertThat(ledger.hasAsset("KZ-1")).isTrue();
    }

    @Test
    void shouldKeepACopyApartFromTheOriginal() {
        FundLedger ledger = FundLedger.open("F-1");
        ledger.addAsset(registration("KZ-1"));
        assertThat(ledger.hasAsset("KZ-1")).isTrue();
        FundLedger copy = ledger.copy();

        ledger.addAsset(registration("KZ-2"));

        assertThat(copy.hasAsset("KZ-1")).isTrue();
        assertThat(copy.hasAsset("KZ-2")).isFalse();
        assertThat(ledger.hasAsset("KZ-2")).isTrue();
    }

    @Test
    void shouldKnowTheAssetsOfALedgerReadFromTheStore() {
        FundLedger ledger = FundLedger.open("F-1");
        ledger.addAsset(registration("KZ-1"));
        FundLedgerSerde serde = new FundLedgerSerde();

        FundLedger read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", ledger));

        assertThat(read.hasAsset("KZ-1")).isTrue();
        assertThat(read.hasAsset("KZ-9")).isFalse();
    }

    private static Registration registration(String assetId) {
        return new Registration("a-" + assetId, Registry.LIVESTOCK_IDENTIFICATION, assetId, "sheep", "OWNER-1",
                "SELLER-1", null, 100_00L, 0);
    }
}
