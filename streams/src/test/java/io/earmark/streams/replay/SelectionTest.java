package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** The selection closure over the every-rule scenario, whose funds each have a beneficiary of their own. */
class SelectionTest {

    private final List<SpecificRecord> events = InputDirectory.read(ScenarioFiles.everyRule()).events();

    @Test
    void shouldKeepEverythingWithoutAFundOrBeneficiary() {
        Selection all = Selection.everything();

        assertThat(events).allMatch(all.over(events));
        assertThat(all.selectedFunds(events)).isEmpty();
    }

    @Test
    void shouldKeepAFundsEventsAndTheTransfersItsSellersSentBackToItsBeneficiary() {
        List<String> kept = kept(new Selection(Set.of("F-KICK"), Set.of()));

        assertThat(kept).containsExactly("E-F-KICK", "M-KICK-1", "M-KICK-2", "M-KICK-BACK-1", "M-KICK-BACK-2");
    }

    @Test
    void shouldKeepTheEarlierRegistrationOfADuplicateAssetWithItsOwnersFunds() {
        List<String> kept = kept(new Selection(Set.of("F-DUP2"), Set.of()));

        assertThat(kept).containsExactly("E-F-DUP1", "E-F-DUP2", "R-DUP-1", "R-DUP-2");
    }

    @Test
    void shouldSelectEveryFundOfABeneficiary() {
        Selection byBeneficiary = new Selection(Set.of(), Set.of("850312300404"));

        assertThat(byBeneficiary.selectedFunds(events)).containsExactly("F-KICK");
        assertThat(kept(byBeneficiary)).containsExactly("E-F-KICK", "M-KICK-1", "M-KICK-2", "M-KICK-BACK-1",
                "M-KICK-BACK-2");
    }

    @Test
    void shouldKeepTheMovementsOfAFundThatWasNeverAnnounced() {
        assertThat(kept(new Selection(Set.of("F-GHOST"), Set.of()))).containsExactly("M-GHOST-1");
    }

    private List<String> kept(Selection selection) {
        Predicate<SpecificRecord> keep = selection.over(events);
        return events.stream().filter(keep).map(InputEvents::eventId).toList();
    }
}
