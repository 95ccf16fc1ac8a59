package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetSnapshotTest {

    private static final TopicPartition FUNDS = new TopicPartition("funds", 0);
    private static final TopicPartition REPARTITION = new TopicPartition("app-owner-input-repartition", 0);
    private static final TopicPartition ALERTS = new TopicPartition("alerts", 0);
    private static final Set<TopicPartition> REQUIRED = Set.of(FUNDS);

    @Test
    void shouldCountRecordsNotYetCommittedAsLagAndAMissingCommitAsZero() {
        OffsetSnapshot look = new OffsetSnapshot(Set.of(FUNDS, REPARTITION), Map.of(FUNDS, 7L),
                Map.of(FUNDS, 10L, REPARTITION, 4L, ALERTS, 2L));

        assertThat(look.lag()).isEqualTo(3 + 4);
        assertThat(look.settled(REQUIRED)).isFalse();
    }

    @Test
    void shouldBeSettledOnlyWhenEveryRequiredPartitionIsReadAndFullyCommitted() {
        OffsetSnapshot withoutInputs = new OffsetSnapshot(Set.of(REPARTITION), Map.of(REPARTITION, 4L),
                Map.of(REPARTITION, 4L));
        OffsetSnapshot caughtUp = snapshot(10, 4, 2);

        assertThat(withoutInputs.settled(REQUIRED)).as("tasks not assigned yet").isFalse();
        assertThat(caughtUp.settled(REQUIRED)).isTrue();
    }

    @Test
    void shouldConfirmDoneOnlyAfterTwoSettledLooksWithNothingWrittenInBetween() {
        assertThat(snapshot(10, 4, 2).confirms(null, REQUIRED)).isFalse();
        assertThat(snapshot(10, 4, 2).confirms(snapshot(10, 4, 2), REQUIRED)).isTrue();
        assertThat(snapshot(10, 4, 3).confirms(snapshot(10, 4, 2), REQUIRED)).as("a new alert").isFalse();
        assertThat(snapshot(10, 5, 2).confirms(snapshot(10, 4, 2), REQUIRED)).as("a new watermark").isFalse();
    }

    private static OffsetSnapshot snapshot(long funds, long repartition, long alerts) {
        return new OffsetSnapshot(Set.of(FUNDS, REPARTITION), Map.of(FUNDS, funds, REPARTITION, repartition),
                Map.of(FUNDS, funds, REPARTITION, repartition, ALERTS, alerts));
    }
}
