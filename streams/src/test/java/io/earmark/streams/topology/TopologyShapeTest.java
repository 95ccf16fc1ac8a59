package io.earmark.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.StoreNames;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;

class TopologyShapeTest {

    private final String description = EarmarkTopology.build(TopicNames.live(), RuleBook.shipped(),
            new RegistrySerdeFactory(new InMemorySchemaRegistry()), PipelineSettings.of(6)).describe().toString();

    @Test
    void shouldNameEveryProcessorStoreAndRepartitionTopic() {
        assertThat(description).doesNotContainPattern("KSTREAM-|KTABLE-|KSTORE-");
        assertThat(description).doesNotContain("sighting-input-repartition");
        assertThat(description).contains("owner-input-repartition", "asset-input-repartition",
                "owner-assignments-repartition", "asset-verdicts-repartition", "pair-input-repartition");
        assertThat(description).doesNotContain("asset-assignments-repartition");
        assertThat(description).contains(StoreNames.FUND_LEDGERS, StoreNames.FUND_DEADLINES, StoreNames.OWNER_FUNDS,
                StoreNames.CONTESTED_ASSETS, StoreNames.PAIR_LEDGERS);
        // the owner stage keeps the records of its owners' assets in each owner's record
        assertThat(description).doesNotContain("asset-registry");
    }

    @Test
    void shouldReadTheInputTopicsAndWriteTheOutputTopics() {
        TopicNames topics = TopicNames.live();
        assertThat(description).contains(topics.funds(), topics.movements(), topics.assets(), topics.alerts(),
                topics.fundStatus(), topics.deadLetter(), topics.kickbackSignals(), topics.cases());
    }

    @Test
    void shouldBeAPureFunctionOfItsArguments() {
        Topology again = EarmarkTopology.build(TopicNames.live(), RuleBook.shipped(),
                new RegistrySerdeFactory(new InMemorySchemaRegistry()), PipelineSettings.of(6));
        assertThat(again.describe().toString()).isEqualTo(description);
    }
}
