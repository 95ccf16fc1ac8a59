package io.earmark.streams.topology;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schemas.serde.EventDecoder;
import io.earmark.streams.cases.CaseOpening;
import io.earmark.streams.deadletter.DeadLetter;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.rules.KickbackWatch;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.stages.AssetStage;
import io.earmark.streams.stages.BeneficiaryStage;
import io.earmark.streams.stages.CaseTableStage;
import io.earmark.streams.stages.CoreStage;
import io.earmark.streams.stages.DecodeStage;
import io.earmark.streams.stages.OwnerStage;
import io.earmark.streams.stages.PairStage;
import io.earmark.streams.stages.RouteStage;
import io.earmark.streams.stages.SightingStage;
import io.earmark.streams.state.EnvelopeSerde;
import io.earmark.streams.state.StoreNames;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Wires the pipeline (see docs/architecture.md): decode the three input topics, route earmarks and registrations
 * through the owner and asset stages, feed the core fund ledger, and the pair stage for kickbacks. A pure function of
 * its arguments (the observer only watches: it never changes what the topology does); every node, store and
 * repartition topic is named.
 */
public final class EarmarkTopology {

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<Envelope> ENVELOPES = new EnvelopeSerde();

    private final StreamsBuilder builder = new StreamsBuilder();
    private final TopicNames topics;
    private final RuleBook rules;
    private final SerdeFactory serdes;
    private final PipelineSettings settings;
    private final PipelineObserver observer;
    private final EventDecoder decoder;
    private final int partitions;

    private EarmarkTopology(TopicNames topics, RuleBook rules, SerdeFactory serdes, PipelineSettings settings,
                            PipelineObserver observer) {
        this.topics = topics;
        this.rules = rules;
        this.serdes = serdes;
        this.settings = settings;
        this.observer = observer;
        this.decoder = serdes.eventDecoder();
        this.partitions = settings.partitions();
    }

    public static Topology build(TopicNames topics, RuleBook rules, SerdeFactory serdes, PipelineSettings settings) {
        return build(topics, rules, serdes, settings, PipelineObserver.NONE);
    }

    public static Topology build(TopicNames topics, RuleBook rules, SerdeFactory serdes, PipelineSettings settings,
                                 PipelineObserver observer) {
        return new EarmarkTopology(topics, rules, serdes, settings, observer).wire();
    }

    private Topology wire() {
        return settings.core() == PipelineSettings.Core.BY_BENEFICIARY ? wireByBeneficiary() : wireByFund();
    }

    /** The stages in the order the records flow; each step below wires one of them. */
    private Topology wireByFund() {
        Stores.addAll(builder);
        KStream<String, Envelope> funds = decode(topics.funds(), StageNames.FUNDS, FundEarmarked.class);
        KStream<String, Envelope> movements = decode(topics.movements(), StageNames.MOVEMENTS, FundMovement.class);
        KStream<String, Envelope> assets = decode(topics.assets(), StageNames.ASSETS, AssetRegistered.class);
        KStream<String, Envelope> sightings = sightingStage(assets);
        OwnerOutput owners = ownerStage(funds, sightings);
        KStream<String, Envelope> fromAssetStage = assetStage(owners.toAssetStage());
        KStream<String, Envelope> assignments = assignmentsForCore(owners.toCore(), fromAssetStage);
        KStream<String, Envelope> sellerPayments = routeCoreOutput(coreStage(funds, movements, assignments));
        pairStage(movements, sellerPayments);
        caseTable();
        return builder.build();
    }

    /**
     * The beneficiary-keyed core (docs/architecture.md, "The beneficiary-keyed core"): the route reads the funds and
     * movements topics where they are, the sighting stage the assets topic; both send to the beneficiaries' cores
     * through one repartition topic. What the cores send back to the routes, and the asset stage's verdicts, come
     * through the pipeline's own feedback topic, a cycle Kafka Streams cannot express as a repartition topic.
     */
    private Topology wireByBeneficiary() {
        Stores.addForBeneficiaries(builder);
        KStream<String, Envelope> funds = decode(topics.funds(), StageNames.FUNDS, FundEarmarked.class);
        KStream<String, Envelope> movements = decode(topics.movements(), StageNames.MOVEMENTS, FundMovement.class);
        KStream<String, Envelope> assets = decode(topics.assets(), StageNames.ASSETS, AssetRegistered.class);
        KStream<String, Envelope> sightings = sightingStage(assets);
        KStream<String, Envelope> feedback = builder.stream(topics.kickbackSignals(),
                Consumed.with(KEYS, ENVELOPES).withName("source-core-feedback"));
        KStream<String, StageOutput> routed = funds.merge(movements, Named.as("merge-route-events"))
                .merge(feedback, Named.as("merge-route-feedback"))
                .process(() -> new RouteStage(partitions, rules, settings.watermarkInterval(), observer),
                        Named.as("route-stage"), StoreNames.ROUTE_BUFFER, StoreNames.ROUTE_RETURNS,
                        StoreNames.ROUTE_PROMISES, StoreNames.FUND_DIRECTORY, StoreNames.ROUTE_LEDGERS,
                        StoreNames.ROUTE_DEADLINES, StoreNames.ROUTE_RECENT_ALERTS);
        KStream<String, FundAlert> routeAlerts = alertsOf(routed, "route");
        failedToDeadLetters(routed.filter((k, v) -> v instanceof StageOutput.Failed, Named.as("route-failed")),
                StageNames.ROUTE);
        KStream<String, Envelope> toCores = routed.filter((k, v) -> v instanceof StageOutput.Onward,
                Named.as("route-onward")).mapValues(EarmarkTopology::onward, Named.as("route-out"));
        KStream<String, StageOutput> cores = toCores.merge(sightings, Named.as("merge-for-cores"))
                .repartition(repartitioned("beneficiary-input"))
                .process(() -> new BeneficiaryStage(partitions, rules, settings.watermarkInterval(), observer),
                        Named.as("beneficiary-stage"), StoreNames.BENEFICIARY_BUFFER,
                        StoreNames.BENEFICIARY_RELAYED, StoreNames.BENEFICIARY_PROMISES, StoreNames.FUND_LEDGERS,
                        StoreNames.FUND_DEADLINES, StoreNames.RECENT_ALERTS, StoreNames.OWNER_FUNDS,
                        StoreNames.PAIR_LEDGERS, StoreNames.ASSET_VERDICTS);
        alertsAndCases(alertsOf(cores, "core").merge(routeAlerts, Named.as("merge-alerts")));
        cores.filter((k, v) -> v instanceof StageOutput.Status, Named.as("core-statuses"))
                .mapValues(v -> ((StageOutput.Status) v).status(), Named.as("as-status"))
                .to(topics.fundStatus(), Produced.with(KEYS, serdes.avroValue(FundStatus.class))
                        .withName("sink-fund-status"));
        failedToDeadLetters(cores.filter((k, v) -> v instanceof StageOutput.Failed, Named.as("core-failed")),
                StageNames.CORE);
        toFeedback(cores.filter((k, v) -> v instanceof StageOutput.Onward, Named.as("core-onward"))
                .mapValues(EarmarkTopology::onward, Named.as("core-out")), "core");
        KStream<String, Envelope> contested = cores.filter((k, v) -> v instanceof StageOutput.ToAssetStage,
                Named.as("core-contested")).mapValues(v -> ((StageOutput.ToAssetStage) v).envelope(),
                Named.as("core-to-asset"));
        toFeedback(stageOutput(contested.repartition(repartitioned("asset-input"))
                .process(() -> AssetStage.forBeneficiaries(partitions, settings.watermarkInterval(), observer),
                        Named.as("asset-stage"), StoreNames.ASSET_BUFFER, StoreNames.ASSET_PROMISES,
                        StoreNames.CONTESTED_ASSETS), StageNames.ASSET), "asset");
        caseTable();
        return builder.build();
    }

    private static KStream<String, FundAlert> alertsOf(KStream<String, StageOutput> out, String stage) {
        return out.filter((k, v) -> v instanceof StageOutput.Alert, Named.as(stage + "-alerts"))
                .mapValues(v -> ((StageOutput.Alert) v).alert(), Named.as(stage + "-as-alert"));
    }

    private void toFeedback(KStream<String, Envelope> envelopes, String from) {
        envelopes.to(topics.kickbackSignals(), Produced.with(KEYS, ENVELOPES)
                .withStreamPartitioner(new WatermarkPartitioner()).withName("sink-feedback-" + from));
    }

    /**
     * The assets topic is keyed by assetId (DESIGN.md), so the task of its partition p sees every registration of the
     * assets it holds: the sighting stage reads it where it is decoded, without a repartition hop.
     */
    private KStream<String, Envelope> sightingStage(KStream<String, Envelope> assets) {
        return stageOutput(assets
                .process(() -> new SightingStage(settings.watermarkInterval(), observer), Named.as("sighting-stage"),
                        StoreNames.SIGHTING_BUFFER, StoreNames.SIGHTING_WATERMARKS, StoreNames.ASSET_SIGHTINGS),
                StageNames.SIGHTING);
    }

    /** What the owner stage sends on: to the asset stage (keyed by assetId) and to the core (keyed by fundId). */
    private record OwnerOutput(KStream<String, Envelope> toAssetStage, KStream<String, Envelope> toCore) {
    }

    /** Earmarks (keyed by beneficiary) and sightings (keyed by owner) meet in the owner stage. */
    private OwnerOutput ownerStage(KStream<String, Envelope> funds, KStream<String, Envelope> sightings) {
        KStream<String, StageOutput> ownerOutput = funds
                .selectKey((k, v) -> keyOr(v, p -> ((Fund) p).beneficiaryId()), Named.as("key-funds-by-owner"))
                .merge(sightings, Named.as("merge-for-owner"))
                .repartition(repartitioned("owner-input"))
                .process(() -> new OwnerStage(partitions, settings.watermarkInterval(), observer),
                        Named.as("owner-stage"), StoreNames.OWNER_BUFFER, StoreNames.OWNER_WATERMARKS,
                        StoreNames.OWNER_FUNDS);
        var ownerBranches = ownerOutput.split(Named.as("owner-route-"))
                .branch((k, v) -> v instanceof StageOutput.ToAssetStage, Branched.as("asset"))
                .defaultBranch(Branched.as("core"));
        KStream<String, Envelope> toAssetStage = ownerBranches.get("owner-route-asset")
                .mapValues(v -> ((StageOutput.ToAssetStage) v).envelope(), Named.as("owner-to-asset"));
        KStream<String, Envelope> toCore = stageOutput(ownerBranches.get("owner-route-core"), StageNames.OWNER);
        return new OwnerOutput(toAssetStage, toCore);
    }

    /** Registrations of contested assets are decided by the asset stage. */
    private KStream<String, Envelope> assetStage(KStream<String, Envelope> fromOwners) {
        return stageOutput(fromOwners
                .repartition(repartitioned("asset-input"))
                .process(() -> new AssetStage(partitions, settings.watermarkInterval(), observer),
                        Named.as("asset-stage"), StoreNames.ASSET_BUFFER, StoreNames.ASSET_WATERMARKS,
                        StoreNames.CONTESTED_ASSETS),
                StageNames.ASSET);
    }

    /** The owners' assignments and the asset stage's verdicts, keyed by fundId for the core. */
    private KStream<String, Envelope> assignmentsForCore(KStream<String, Envelope> fromOwners,
                                                         KStream<String, Envelope> fromAssetStage) {
        return fromOwners.repartition(repartitioned("owner-assignments"))
                .merge(fromAssetStage.repartition(repartitioned("asset-verdicts")),
                        Named.as("merge-assignments-verdicts"));
    }

    /**
     * The fund ledger: earmarks and coloured movements where they are read (both topics are keyed by fundId), the
     * assignments, and the pair stage's kickback verdicts.
     */
    private KStream<String, StageOutput> coreStage(KStream<String, Envelope> funds, KStream<String, Envelope> movements,
                                              KStream<String, Envelope> assignments) {
        KStream<String, Envelope> kickbacks = builder.stream(topics.kickbackSignals(),
                Consumed.with(KEYS, ENVELOPES).withName("source-kickback-signals"));
        return funds.merge(movements, Named.as("merge-core-events"))
                .merge(assignments, Named.as("merge-core-assignments"))
                .merge(kickbacks, Named.as("merge-core-kickbacks"))
                .process(() -> new CoreStage(partitions, rules, settings.watermarkInterval(), observer),
                        Named.as("core-stage"), coreStores());
    }

    /** Alerts (with their cases' openings), statuses and dead letters to their topics; returns the seller payments. */
    private KStream<String, Envelope> routeCoreOutput(KStream<String, StageOutput> core) {
        return core.split(Named.as("core-"))
                .branch((k, v) -> v instanceof StageOutput.Alert, Branched.withConsumer(s -> alertsAndCases(s
                        .mapValues(v -> ((StageOutput.Alert) v).alert(), Named.as("as-alert"))), "alerts"))
                .branch((k, v) -> v instanceof StageOutput.Status, Branched.withConsumer(s -> s
                        .mapValues(v -> ((StageOutput.Status) v).status(), Named.as("as-status"))
                        .to(topics.fundStatus(), Produced.with(KEYS, serdes.avroValue(FundStatus.class))
                                .withName("sink-fund-status")), "statuses"))
                .branch((k, v) -> v instanceof StageOutput.Failed, Branched.withConsumer(s ->
                        failedToDeadLetters(s, StageNames.CORE), "failed"))
                .defaultBranch(Branched.as("payments"))
                .get("core-payments")
                .mapValues(EarmarkTopology::onward, Named.as("as-payment"));
    }

    /** Every movement keyed by "from|to" and the core's seller payments meet in the pair stage; its verdicts go back. */
    private void pairStage(KStream<String, Envelope> movements, KStream<String, Envelope> sellerPayments) {
        stageOutput(movements.selectKey((k, v) -> keyOr(v, EarmarkTopology::pairKey), Named.as("key-by-pair"))
                .merge(sellerPayments, Named.as("merge-for-pair"))
                .repartition(repartitioned("pair-input"))
                .process(() -> new PairStage(partitions, new KickbackWatch(rules), settings.watermarkInterval(),
                        observer),
                        Named.as("pair-stage"), StoreNames.PAIR_BUFFER, StoreNames.PAIR_WATERMARKS,
                        StoreNames.PAIR_LEDGERS), StageNames.PAIR)
                .to(topics.kickbackSignals(), Produced.with(KEYS, ENVELOPES).withName("sink-kickback-signals"));
    }

    private static String[] coreStores() {
        return new String[] {StoreNames.CORE_BUFFER, StoreNames.CORE_WATERMARKS, StoreNames.FUND_LEDGERS,
                StoreNames.FUND_DEADLINES, StoreNames.RECENT_ALERTS, StoreNames.ASSET_VERDICTS};
    }

    /** Each alert, and the OPENED act of its case: one task writes both, so they commit in one transaction. */
    private void alertsAndCases(KStream<String, FundAlert> alerts) {
        alerts.to(topics.alerts(), Produced.with(KEYS, serdes.avroValue(FundAlert.class)).withName("sink-alerts"));
        alerts.map((fundId, alert) -> KeyValue.pair(alert.getAlertId(), CaseOpening.of(alert)), Named.as("open-case"))
                .to(topics.cases(), Produced.with(KEYS, serdes.avroValue(CaseEvent.class))
                        .withName("sink-case-openings"));
    }

    /** The case table, folded from the cases topic (OPENED from above, people's acts from the HTTP API). */
    private void caseTable() {
        KStream<byte[], byte[]> acts = builder.stream(topics.cases(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("source-cases"));
        toDeadLetters(acts.process(() -> new CaseTableStage(decoder, StoreNames.CASES, StoreNames.CASE_HISTORY),
                Named.as("case-table"), StoreNames.CASES, StoreNames.CASE_HISTORY), "cases");
    }

    private KStream<String, Envelope> decode(String topic, String source, Class<? extends SpecificRecord> type) {
        return builder.stream(topic, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("source-" + source))
                .process(() -> new DecodeStage(source, type, decoder, observer), Named.as("decode-" + source))
                .split(Named.as(source + "-"))
                .branch((k, v) -> v instanceof StageOutput.Failed, Branched.withConsumer(s ->
                        failedToDeadLetters(s, source), "rejected"))
                .defaultBranch(Branched.as("accepted"))
                .get(source + "-accepted")
                .mapValues(EarmarkTopology::onward, Named.as(source + "-envelopes"));
    }

    /** A stage's envelopes for the next stage; its dead letters (events whose processing failed) to their topic. */
    private KStream<String, Envelope> stageOutput(KStream<String, StageOutput> out, String stage) {
        return out.split(Named.as(stage + "-"))
                .branch((k, v) -> v instanceof StageOutput.Failed, Branched.withConsumer(s ->
                        failedToDeadLetters(s, stage), "failed"))
                .defaultBranch(Branched.as("envelopes"))
                .get(stage + "-envelopes")
                .mapValues(EarmarkTopology::onward, Named.as(stage + "-out"));
    }

    /** Writes dead letters as their key and value bytes; the headers that say why travel with the record. */
    private void toDeadLetters(KStream<?, DeadLetter> letters, String from) {
        deadLetterSink(letters.map((k, v) -> KeyValue.pair(v.key(), v.value()), Named.as(from + "-dead-letter-bytes")),
                from);
    }

    /** A stage's failed work to the dead-letter topic, like {@link #toDeadLetters}. */
    private void failedToDeadLetters(KStream<String, StageOutput> failed, String from) {
        deadLetterSink(failed.map((k, v) -> {
            DeadLetter letter = ((StageOutput.Failed) v).letter();
            return KeyValue.pair(letter.key(), letter.value());
        }, Named.as(from + "-dead-letter-bytes")), from);
    }

    private void deadLetterSink(KStream<byte[], byte[]> letters, String from) {
        letters.to(topics.deadLetter(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray())
                .withName("sink-deadletter-" + from));
    }

    /** The envelope of an output that is bound for the next stage (every other kind has been routed away). */
    private static Envelope onward(StageOutput output) {
        return ((StageOutput.Onward) output).envelope();
    }

    private static Repartitioned<String, Envelope> repartitioned(String name) {
        return Repartitioned.<String, Envelope>as(name).withKeySerde(KEYS).withValueSerde(ENVELOPES)
                .withStreamPartitioner(new WatermarkPartitioner());
    }

    private static String keyOr(Envelope envelope, java.util.function.Function<Payload, String> key) {
        return envelope.isWatermark() ? StageOutput.WATERMARK_KEY : key.apply(envelope.payload());
    }

    private static String pairKey(Payload payload) {
        Movement m = (Movement) payload;
        return PairStage.pairKey(m.fromId(), m.toId());
    }
}
