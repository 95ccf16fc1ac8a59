package io.earmark.streams.stages;

import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.ledger.OwnerBook;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.metrics.TriggerClock;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Earmark;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Place;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.order.Inlet;
import io.earmark.streams.order.Outlet;
import io.earmark.streams.order.PlaceOrder;
import io.earmark.streams.order.PlacedWork;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import io.earmark.streams.order.StageTask;
import io.earmark.streams.rules.KickbackWatch;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.DeadlineIndex;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.FundLedgerSerde;
import io.earmark.streams.state.OwnerFunds;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.RecentAlerts;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The beneficiary-keyed core (docs/architecture.md, "The beneficiary-keyed core"): one task holds, for the
 * beneficiaries of its partition, their funds for matching and the records of the assets they registered first, the
 * ledgers of their funds (with the funds' deadlines), and the ledgers of the seller–beneficiary pairs that end at them.
 * So an earmark, a registration, a movement of a known fund and a transfer back from a seller are each decided in the
 * one task they reach, in the order of places ({@link PlaceOrder}).
 * <p>
 * In, on layer R: earmarks and movements from the route (a coloured movement goes to its fund's beneficiary and, if
 * that is another task, to its payee; an uncoloured one to its payee), and registrations from the sighting stage,
 * keyed by owner. On layer B: what the route passes on from another core. Unordered: a request to hand an asset's
 * record over, and the asset stage's verdicts.
 * <p>
 * Out, on layer A: a registration or a movement for a fund whose ledger this task does not hold at its place (it goes
 * back to the fund's route, which holds the fund until its earmark or knows its beneficiary), and registrations of
 * contested assets for the asset stage (such a registration then waits in its place for the verdict). And the alerts,
 * and each changed fund's status once per commit.
 */
public final class BeneficiaryStage implements Processor<String, Envelope, String, StageOutput>, PlacedWork {

    private static final String ASKED = "asked|";

    private final int partitions;
    private final RuleBook rules;
    private final LedgerBook book;
    private final KickbackWatch kickbacks;
    private final Duration interval;
    private final PipelineObserver observer;
    private final TriggerClock triggers = new TriggerClock(System::currentTimeMillis);
    private final FundLedgerSerde ledgerBytes = new FundLedgerSerde();
    private StageTask task;
    private PlaceOrder order;
    private FundKeeper keeper;
    private CachedStore<OwnerFunds> owners;
    private CachedStore<PairLedger> pairs;
    private KeyValueStore<String, AssetVerdict> verdicts;
    /**
     * Earmarks that do not open their fund's ledger (a second earmark of a fund, for another beneficiary) arrived and
     * not applied yet: until they are, any unnamed registration may match a fund whose ledger is elsewhere.
     */
    private int foreignFunds;
    /** Layer A has two outlets: to the funds' routes, and to the asset stage (contested assets). */
    private Outlet toRoutes;
    private Outlet toAssetStage;

    public BeneficiaryStage(int partitions, RuleBook rules, Duration interval, PipelineObserver observer) {
        this.partitions = partitions;
        this.rules = rules;
        this.book = new LedgerBook(rules);
        this.kickbacks = new KickbackWatch(rules);
        this.interval = interval;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        task = StageTask.of(context, StageNames.CORE, observer);
        keeper = new FundKeeper(task, StageNames.CORE, rules, book, observer, triggers,
                task.cached(StoreNames.FUND_LEDGERS, FundLedger::copy),
                new DeadlineIndex(task.queued(StoreNames.FUND_DEADLINES)),
                new RecentAlerts(task.store(StoreNames.RECENT_ALERTS), rules.recentAlertsRetention()));
        owners = task.cached(StoreNames.OWNER_FUNDS, OwnerFunds::copy);
        pairs = task.cached(StoreNames.PAIR_LEDGERS, PairLedger::copy);
        verdicts = task.store(StoreNames.ASSET_VERDICTS);
        List<Inlet> inlets = List.of(
                new Inlet(StageNames.allOf(partitions, StageNames.ROUTE), Place.R, Inlet.Promises.NONE),
                new Inlet(StageNames.allOf(partitions, StageNames.SIGHTING), Place.R, Inlet.Promises.BY_PLACE),
                new Inlet(StageNames.allOf(partitions, StageNames.RELAY), Place.B, Inlet.Promises.NONE));
        toRoutes = new Outlet(StageNames.CORE, Place.A, Set.of(Place.R), task::passOn);
        toAssetStage = new Outlet(StageNames.CORE, Place.A, Set.of(Place.R), promise ->
                task.send(StageOutput.WATERMARK_KEY, new StageOutput.ToAssetStage(promise), promise.eventTime()));
        List<Outlet> outlets = List.of(toRoutes, toAssetStage);
        order = task.placed(Map.of(Place.R, StoreNames.BENEFICIARY_BUFFER, Place.B, StoreNames.BENEFICIARY_RELAYED),
                StoreNames.BENEFICIARY_PROMISES, inlets, outlets, interval, this);
    }

    @Override
    public void process(Record<String, Envelope> record) {
        triggers.recordRead();
        Envelope envelope = record.value();
        if (envelope == null) {
            task.recordDone();
            return;
        }
        Payload payload = envelope.payload();
        if (payload instanceof HandoverAsked asked) {
            handOver(envelope, asked);
            order.resume();
        } else if (payload instanceof AssetVerdict verdict) {
            verdicts.put(verdict.orderingId(), verdict);
            order.resume();
        } else {
            if (!envelope.isWatermark()) {
                triggers.buffered(payload);
                if (payload instanceof Movement movement && movement.coloured()) {
                    keeper.announceEarly(movement);
                }
            }
            order.offer(envelope);
        }
        task.recordDone();
    }

    @Override
    public boolean apply(Envelope item) {
        Payload payload = item.payload();
        triggers.applying(payload);
        boolean relayed = item.channel().startsWith(StageNames.RELAY);
        if (payload instanceof Earmark earmark) {
            applyEarmark(earmark);
        } else if (payload instanceof Sighting sighting) {
            return applySighting(sighting);
        } else if (payload instanceof Movement movement) {
            applyMovement(movement, relayed);
        } else if (payload instanceof Assignment assignment) {
            // relayed by the fund's route, which passes a fund's items only to the core of its beneficiary
            keeper.update(assignment.fundId(), ledger -> book.applyAssignment(ledger, assignment));
        }
        return true;
    }

    private void applyEarmark(Earmark earmark) {
        String ownerId = earmark.fund().beneficiaryId();
        OwnerFunds owner = owner(ownerId);
        if (OwnerBook.addFund(owner, earmark.fund())) {
            owners.put(ownerId, owner);
        }
        if (!earmark.opensLedger()) {
            foreignFunds = Math.max(0, foreignFunds - 1);
            return;
        }
        String fundId = earmark.fund().fundId();
        FundLedger here = keeper.ledgers().get(fundId);
        FundLedger ledger = earmark.prior() == null ? FundLedger.open(fundId)
                : ledgerBytes.deserializer().deserialize(null, earmark.prior());
        if (here != null && here.known()) {
            ledger = here;
        } else if (here != null) {
            ledger.takeInBeforeEarmark(here);
        }
        paySellers(keeper.update(ledger, l -> book.applyFund(l, earmark.fund())));
    }

    /**
     * A registration counts for its owner's matching here; what its fund's ledger applies is applied here or sent to
     * the fund's route. A registration of a contested asset goes to the asset stage and waits in its place for the
     * verdict: the first call sends it, the next ones (once a verdict came) apply the verdict.
     */
    private boolean applySighting(Sighting sighting) {
        Registration registration = sighting.registration();
        String id = sighting.orderingId();
        if (verdicts.get(ASKED + id) == null) {
            OwnerFunds owner = owner(registration.ownerId());
            OwnerBook.Decision decision = OwnerBook.assign(owner, sighting);
            owners.put(registration.ownerId(), owner);
            if (!decision.contested()) {
                decision.applied().ifPresent(this::applyToFund);
                return true;
            }
            Assignment assignment = decision.assignment();
            toAssetStage(registration.assetId(), assignment);
            if (assignment.fundId() == null) {
                return true;
            }
            verdicts.put(ASKED + id, new AssetVerdict(assignment, false));
        }
        AssetVerdict verdict = verdicts.get(id);
        if (verdict == null) {
            return false;
        }
        verdicts.delete(id);
        verdicts.delete(ASKED + id);
        if (verdict.applies()) {
            applyToFund(verdict.assignment().decided());
        }
        return true;
    }

    /** An assignment to the fund's ledger: here if this task holds it, else to the fund's route (layer A). */
    private void applyToFund(Assignment assignment) {
        if (keeper.ledgers().get(assignment.fundId()) != null) {
            keeper.update(assignment.fundId(), ledger -> book.applyAssignment(ledger, assignment));
        } else {
            task.forwardAs(StageNames.CORE, assignment.fundId(), assignment);
        }
    }

    /**
     * A movement from the route may be a transfer back from a seller to a beneficiary of this task; a coloured one is
     * applied to its fund's ledger here (the route sends it only to the fund's beneficiary's core, and to the payee's
     * for the pairs, where the fund has no ledger). A relayed one was checked as a transfer back where it first
     * arrived.
     */
    private void applyMovement(Movement movement, boolean relayed) {
        if (!relayed) {
            transferBack(movement);
        }
        if (!movement.coloured()) {
            return;
        }
        // the route sends a fund's movements only to the core that holds, or will hold, the fund's ledger: one
        // below the earmark's place goes to the ledger from before the earmark, which the earmark takes in
        paySellers(keeper.update(movement.fundId(), ledger -> {
            boolean beforeEarmark = !ledger.known();
            Outcome outcome = book.applyMovement(ledger, movement);
            if (beforeEarmark) {
                // the route has applied the earmark (it sends a fund's movements here only then), so this movement is
                // applied with it: the hold is not this core's to run out (the route's copy of the fund ran it)
                outcome.deadlines.clear();
            }
            return outcome;
        }));
    }

    /** A pair's receipts come from the funds whose ledgers this task holds, so a kickback's fund is here. */
    private void requireLedger(String fundId) {
        if (keeper.ledgers().get(fundId) == null) {
            throw new IllegalStateException("a kickback signal for fund " + fundId
                    + ", whose ledger this core does not hold");
        }
    }

    /** What a fund paid its sellers, on the ledgers of the seller–beneficiary pairs, which are this task's. */
    private void paySellers(List<SellerPayment> payments) {
        for (SellerPayment payment : payments) {
            String key = PairStage.pairKey(payment.sellerId(), payment.beneficiaryId());
            PairLedger pair = pairs.get(key);
            if (pair == null) {
                pair = new PairLedger();
            }
            if (pair.seenEventIds.add("payment:" + payment.eventId())) {
                kickbacks.onPayment(pair, payment);
                pairs.put(key, pair);
            }
        }
    }

    /** A transfer from a seller to a beneficiary that seller was paid for: a kickback, when it reaches the share. */
    private void transferBack(Movement movement) {
        String key = PairStage.pairKey(movement.fromId(), movement.toId());
        PairLedger pair = pairs.get(key);
        if (pair == null || !pair.seenEventIds.add("movement:" + movement.eventId())) {
            return;
        }
        List<KickbackSignal> signals = kickbacks.onTransferBack(pair, movement);
        pairs.put(key, pair);
        for (KickbackSignal signal : signals) {
            requireLedger(signal.fundId());
            keeper.update(signal.fundId(), ledger -> book.applyKickback(ledger, signal));
        }
    }

    /**
     * A request to hand an asset's record over is carried out as it arrives (see {@code OwnerStage}): the record
     * holds what this task decided so far, and the asset stage decides every registration of the asset from then on.
     */
    private void handOver(Envelope envelope, HandoverAsked asked) {
        task.isolated(StageTask.work(envelope), () -> {
            try {
                OwnerFunds owner = owner(asked.ownerId());
                OwnerBook.handOver(owner, asked).ifPresent(handover -> {
                    toAssetStage(asked.assetId(), handover);
                    owners.put(asked.ownerId(), owner);
                    // the owner's registrations of the asset still waiting now go to the asset stage (mayEmit); the
                    // promise to it has not passed them, as it is bounded by the sighting stage's, which sent this
                    // request at the requesting registration's place, after theirs
                    order.reconsider(item -> item.payload() instanceof Sighting waiting
                            && waiting.registration().ownerId().equals(asked.ownerId())
                            && waiting.registration().assetId().equals(asked.assetId()));
                });
            } catch (RuntimeException e) {
                toAssetStage(asked.assetId(), OwnerBook.emptyHandover(asked));
                throw e;
            }
        });
    }

    private void toAssetStage(String assetId, Payload payload) {
        task.send(assetId, new StageOutput.ToAssetStage(task.stamped(payload)), payload.eventTime());
    }

    private OwnerFunds owner(String ownerId) {
        OwnerFunds owner = owners.get(ownerId);
        return owner != null ? owner : new OwnerFunds();
    }

    /**
     * Only a registration can make this task send something on layer A. To the asset stage: one of a contested asset, or of
     * an asset whose record this owner handed over (which may happen after the registration arrived: see handOver),
     * until it is sent there. To the funds' routes: one naming a fund whose ledger is not here, one of a contested asset
     * whose verdict may name such a fund, and, while an owner has a fund whose ledger is elsewhere, an owner's unnamed
     * one. An earmark, a movement or a relayed item never sends anything, so it never holds the cores' promises back;
     * nor does a contested registration hold back the routes' (so the cores do not wait for each other's verdicts).
     */
    @Override
    public boolean mayEmit(Envelope item, Outlet outlet) {
        if (item.payload() instanceof Earmark earmark && !earmark.opensLedger()) {
            if (outlet == toRoutes) {
                foreignFunds++; // asked once per earmark, as it is buffered (or found in the buffer on a restart)
            }
            return false;
        }
        if (!(item.payload() instanceof Sighting sighting)) {
            return false;
        }
        AssetVerdict asked = verdicts.get(ASKED + sighting.orderingId());
        if (outlet == toAssetStage) {
            return asked == null && OwnerBook.contested(owner(sighting.registration().ownerId()), sighting);
        }
        if (asked != null) {
            return keeper.ledgers().get(asked.assignment().fundId()) == null;
        }
        String named = sighting.registration().fundId();
        if (named != null) {
            return keeper.ledgers().get(named) == null;
        }
        return foreignFunds > 0 || ownsFundHeldElsewhere(sighting.registration().ownerId());
    }

    private boolean ownsFundHeldElsewhere(String ownerId) {
        OwnerFunds owner = owners.get(ownerId);
        return owner != null && owner.funds.stream().anyMatch(f -> keeper.ledgers().get(f.fundId) == null);
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
