package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundState;
import io.earmark.schema.FundStatus;
import io.earmark.streams.testing.PipelineDriver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fund's status leaves once per commit, as it stands then: events of one fund that the core applies between two
 * commits (here released together by one watermark) give one status, not one per event.
 */
class FundStatusOncePerCommitTest {

    private static final long AMOUNT = 1_000_000_00L;
    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void shouldSendOneStatusForEventsAppliedInOneCommit() {
        pipeline.send(fund("F1", b -> b.setAmount(AMOUNT).setExpectedAssetCount(0)))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, SELLER, AMOUNT, hours(2)));
        assertThat(pipeline.statuses()).as("nothing applied before the watermark passes").isEmpty();

        pipeline.advanceTo(days(1));

        List<FundStatus> statuses = pipeline.statuses();
        assertThat(statuses).hasSize(1);
        assertThat(statuses.get(0).getFundId()).isEqualTo("F1");
        assertThat(statuses.get(0).getPaidToSellers()).isEqualTo(AMOUNT);
        assertThat(statuses.get(0).getState()).isEqualTo(FundState.SPENT);
    }

    @Test
    void shouldSendNoStatusWhenNothingChanged() {
        pipeline.send(fund("F1", b -> b.setAmount(AMOUNT).setExpectedAssetCount(0))).advanceTo(days(1));
        assertThat(pipeline.statuses()).hasSize(1);
        pipeline.advanceTo(days(2));
        assertThat(pipeline.statuses()).isEmpty();
    }
}
