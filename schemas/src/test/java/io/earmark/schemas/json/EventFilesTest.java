package io.earmark.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import org.junit.jupiter.api.Test;

class EventFilesTest {

    @Test
    void shouldMapEachContractFileNameToItsRecordType() {
        assertThat(EventFiles.typeOf("funds.jsonl")).contains(FundEarmarked.class);
        assertThat(EventFiles.typeOf("movements.jsonl")).contains(FundMovement.class);
        assertThat(EventFiles.typeOf("assets.jsonl")).contains(AssetRegistered.class);
        assertThat(EventFiles.typeOf("alerts.jsonl")).contains(FundAlert.class);
        assertThat(EventFiles.typeOf("notes.txt")).isEmpty();
    }
}
