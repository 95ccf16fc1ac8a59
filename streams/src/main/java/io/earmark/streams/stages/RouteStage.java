package io.earmark.streams.stages;

import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.metrics.TriggerClock;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Earmark;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Place;
import io.earmark.streams.order.Inlet;
import io.earmark.streams.order.Outlet;
import io.earmark.streams.order.PlaceOrder;
import io.earmark.streams.order.PlacedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.DeadlineIndex;
import io.earmark.streams.state.FundDirectory;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.FundLedgerSerde;
import io.earmark.streams.state.KeyPartition;
import io.earmark.streams.state.RecentAlerts;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The beneficiary-keyed core's route, one task per input partition: it reads partition p of the funds and movements
 * topics (both keyed by fundId) and sends each event to the core task of the beneficiary it concerns, keyed by
 * beneficiary (docs/architecture.md, "The beneficiary-keyed core"). It is also each fund's directory: it knows the
 * fund's beneficiary from its earmark, and keeps the fund's ledger until then (movements held for an unknown fund,
 * UNKNOWN_FUND, registrations that named it), which goes to the beneficiary's core with the earmark.
 * <p>
 * A coloured movement of a fund whose earmark this route has applied goes to the beneficiary's core at once, so that
 * a cash withdrawal or a diversion is announced without waiting for the order (a late one, below the earmark, is kept
 * there with the fund's ledger from before it). Any other coloured movement waits here for its place. An uncoloured
 * movement goes at once to its payee's core, where the seller–beneficiary pairs are; a coloured one also goes there
 * when the payee's core is another task. What the cores send back (a registration for a fund whose ledger they do
 * not hold) is applied here in the order of places among the input events: to the fund's ledger if its earmark has
 * not come by then, else passed to the beneficiary's core (layer B). The route never waits for the cores' promises
 * (they only feed its layer-B promise), so the two never wait for each other event by event. The asset stage's
 * verdicts, which come back through the same topic, are passed to the registrant's core as they arrive.
 */
public final class RouteStage implements Processor<String, Envelope, String, StageOutput>, PlacedWork {

    private final int partitions;
    private final RuleBook rules;
    private final LedgerBook book;
    private final Duration interval;
    private final PipelineObserver observer;
    private final TriggerClock triggers = new TriggerClock(System::currentTimeMillis);
    private final FundLedgerSerde ledgerBytes = new FundLedgerSerde();
    private StageTask task;
    private PlaceOrder order;
    private FundKeeper keeper;
    private CachedStore<String> directory;

    public RouteStage(int partitions, RuleBook rules, Duration interval, PipelineObserver observer) {
        this.partitions = partitions;
        this.rules = rules;
        this.book = new LedgerBook(rules);
        this.interval = interval;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.ROUTE, observer);
        directory = task.cached(StoreNames.FUND_DIRECTORY, value -> value);
        keeper = new FundKeeper(task, StageNames.ROUTE, rules, book, observer, triggers,
                task.cached(StoreNames.ROUTE_LEDGERS, FundLedger::copy),
                new DeadlineIndex(task.queued(StoreNames.ROUTE_DEADLINES)),
                new RecentAlerts(task.store(StoreNames.ROUTE_RECENT_ALERTS), rules.recentAlertsRetention()));
        int p = task.partition();
        List<Inlet> inlets = List.of(
                new Inlet(List.of(StageNames.channel(StageNames.FUNDS, p)), Place.R, Inlet.Promises.BY_TIME),
                new Inlet(List.of(StageNames.channel(StageNames.MOVEMENTS, p)), Place.R, Inlet.Promises.BY_TIME),
                new Inlet(StageNames.allOf(partitions, StageNames.CORE), Place.A, Inlet.Promises.BY_PLACE)
                        .notGating());
        List<Outlet> outlets = List.of(
                new Outlet(StageNames.ROUTE, Place.R, Set.of(Place.R), task::passOn),
                new Outlet(StageNames.RELAY, Place.B, Set.of(Place.A), task::passOn));
        order = task.placed(Map.of(Place.R, StoreNames.ROUTE_BUFFER, Place.A, StoreNames.ROUTE_RETURNS),
                StoreNames.ROUTE_PROMISES, inlets, outlets, interval, this);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        Envelope envelope = record.value();
        if (envelope == null) {
            task.recordDone();
            return;
        }
        Payload payload = envelope.payload();
        if (payload instanceof AssetVerdict verdict) {
            task.send(verdict.assignment().registration().ownerId(), new StageOutput.Onward(envelope),
                    verdict.eventTime());
        } else if (payload instanceof Movement movement && envelope.channel().startsWith(StageNames.MOVEMENTS)) {
            String beneficiary = movement.coloured() ? beneficiaryInOrder(movement.fundId()) : null;
            if (!movement.coloured()) {
                task.forwardAs(StageNames.ROUTE, movement.toId(), movement);
                order.pass(envelope);
            } else if (beneficiary != null) {
                sendToCores(movement, beneficiary);
                order.pass(envelope);
            } else {
                order.offer(envelope);
            }
        } else {
            order.offer(envelope);
        }
        task.recordDone();
    }

    /** The beneficiary of the fund's earmark applied so far, in order, or null. */
    private String beneficiaryInOrder(String fundId) {
        return FundDirectory.beneficiaryOf(directory.get(fundId));
    }

    /** A coloured movement to its fund's beneficiary's core and, when that is another task, to its payee's. */
    private void sendToCores(Movement movement, String beneficiary) {
        task.forwardAs(StageNames.ROUTE, beneficiary, movement);
        if (KeyPartition.of(movement.toId(), partitions) != KeyPartition.of(beneficiary, partitions)) {
            task.forwardAs(StageNames.ROUTE, movement.toId(), movement.asTransfer());
        }
    }

    @Override
    public boolean apply(Envelope item) {
        Payload payload = item.payload();
        triggers.applying(payload);
        if (payload instanceof Fund fund) {
            applyEarmark(fund);
        } else if (payload instanceof Movement movement) {
            // from the movements topic: the cores send only registrations back
            String beneficiary = beneficiaryInOrder(movement.fundId());
            if (beneficiary != null) {
                sendToCores(movement, beneficiary);
            } else {
                task.forwardAs(StageNames.ROUTE, movement.toId(), movement.asTransfer());
                keeper.update(movement.fundId(), ledger -> book.applyMovement(ledger, movement));
            }
        } else if (payload instanceof Assignment assignment) {
            String beneficiary = beneficiaryInOrder(assignment.fundId());
            if (beneficiary != null) {
                task.forwardAs(StageNames.RELAY, beneficiary, assignment);
            } else {
                keeper.update(assignment.fundId(), ledger -> book.applyAssignment(ledger, assignment));
            }
        }
        return true;
    }

    /**
     * The first earmark of a fund takes the fund's ledger so far to the beneficiary's core, which holds the ledger
     * from then on; any later one counts only for its beneficiary's matching.
     */
    private void applyEarmark(Fund fund) {
        String applied = FundDirectory.earmarkEventIdOf(directory.get(fund.fundId()));
        if (applied != null) {
            // a redelivery changes nothing (and would take the first one's place in the core's buffer)
            if (!applied.equals(fund.eventId())) {
                task.forwardAs(StageNames.ROUTE, fund.beneficiaryId(), new Earmark(fund, null, false));
            }
            return;
        }
        FundLedger prior = keeper.ledgers().get(fund.fundId());
        byte[] bytes = prior == null ? null : ledgerBytes.serializer().serialize(null, prior);
        directory.put(fund.fundId(), FundDirectory.earmarked(fund.beneficiaryId(), fund.eventId()));
        if (prior != null) {
            keeper.ledgers().delete(fund.fundId());
        }
        task.forwardAs(StageNames.ROUTE, fund.beneficiaryId(), new Earmark(fund, bytes, true));
    }

    @Override
    public void timeReached(long time) {
        keeper.timeReached(time);
    }

    @Override
    public void beforeCommit() {
        keeper.sendStatuses();
    }
}
