package io.earmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.bench.BrokerWork.Kind;
import io.earmark.streams.topology.TopicNames;
import org.junit.jupiter.api.Test;

class BrokerWorkTest {

    private final TopicNames topics = BenchTopics.named("eos");

    @Test
    void shouldSortTheRunsTopicsByWhatTheyAreFor() {
        assertThat(BrokerWork.kindOf("bench-eos-fund-ledgers-changelog", "bench-eos", topics)).hasValue(Kind.CHANGELOG);
        assertThat(BrokerWork.kindOf("bench-eos-owner-input-repartition", "bench-eos", topics))
                .hasValue(Kind.REPARTITION);
        assertThat(BrokerWork.kindOf(topics.kickbackSignals(), "bench-eos", topics)).hasValue(Kind.REPARTITION);
        assertThat(BrokerWork.kindOf(topics.alerts(), "bench-eos", topics)).hasValue(Kind.OUTPUT);
        assertThat(BrokerWork.kindOf(topics.fundStatus(), "bench-eos", topics)).hasValue(Kind.OUTPUT);
        assertThat(BrokerWork.kindOf(topics.deadLetter(), "bench-eos", topics)).hasValue(Kind.OUTPUT);
    }

    @Test
    void shouldLeaveOutTheInputsAndOtherRuns() {
        assertThat(BrokerWork.kindOf("bench-alos-fund-ledgers-changelog", "bench-eos", topics)).isEmpty();
        assertThat(BrokerWork.kindOf("bench-input-funds", "bench-eos", topics)).isEmpty();
        assertThat(BrokerWork.kindOf("__transaction_state", "bench-eos", topics)).isEmpty();
    }

    @Test
    void shouldNameTopicsWithoutTheApplicationId() {
        assertThat(BrokerWork.shortName("bench-eos-fund-ledgers-changelog", "bench-eos"))
                .isEqualTo("fund-ledgers-changelog");
        assertThat(BrokerWork.shortName(topics.alerts(), "bench-eos")).isEqualTo(topics.alerts());
    }

    @Test
    void shouldAddUpTheKinds() {
        BrokerWork work = new BrokerWork(java.util.Map.of(Kind.CHANGELOG, new BrokerWork.Tally(7, 2, 700),
                Kind.OUTPUT, new BrokerWork.Tally(1, 1, 100)), java.util.Map.of());
        assertThat(work.total()).isEqualTo(new BrokerWork.Tally(8, 3, 800));
    }
}
