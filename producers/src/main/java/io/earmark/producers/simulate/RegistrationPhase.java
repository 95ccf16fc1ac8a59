package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;
import io.earmark.schema.Registry;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.earmark.producers.simulate.Times.MARGIN;

/**
 * Registry records of what the fund bought. The deadline is the first seller payment + registrationDeadlineDays;
 * records come between six hours after the last seller payment and a day before the deadline (with late
 * registrations: in the last four days, still four hours before it). A clean fund registers every item at no less
 * than its price; the asset violations change that and say which alert follows:
 * none registered (ASSET_NOT_REGISTERED), some heads missing or values under 85 % (ASSET_SHORTFALL), a leased item
 * worth less than the subsidy assumes (OVERSUBSIDY), or an extra record of another fund's animal (DUPLICATE_ASSET).
 */
final class RegistrationPhase {
    private final FundContext c;
    private final SplittableRandom r;
    private final FundPlan p;

    private RegistrationPhase(FundContext c) {
        this.c = c;
        this.r = c.random;
        this.p = c.plan;
    }

    static void run(FundContext c, boolean late) {
        new RegistrationPhase(c).register(late);
    }

    private void register(boolean late) {
        Instant deadline = c.firstSellerPayment.plus(Duration.ofDays(p.registrationDeadlineDays()));
        c.deadline(deadline);
        long paid = c.paidTo.values().stream().mapToLong(Long::longValue).sum();
        if (c.violation == Injection.NOT_REGISTERED) {
            c.expect(AlertRule.ASSET_NOT_REGISTERED, paid, Severity.HIGH, deadline);
            return;
        }
        List<Item> items = new ArrayList<>(p.items());
        if (c.violation == Injection.SHORTFALL_COUNT) {
            int missing = 1 + r.nextInt(Math.min(3, items.size() - 1));
            for (int i = 0; i < missing; i++) {
                items.remove(r.nextInt(items.size()));
            }
        }
        Instant from = c.lastSellerPayment.plus(Duration.ofHours(6));
        Instant to = late ? deadline.minus(Duration.ofHours(4)) : deadline.minus(Duration.ofDays(1));
        from = late ? later(from, deadline.minus(Duration.ofDays(4))) : from;
        to = late ? to : earlier(to, from.plus(Duration.ofHours(48 + r.nextInt(192))));
        Instant firstGenuine = c.violation == Injection.DUPLICATE ? from.plus(MARGIN) : from;
        List<Instant> times = Times.spread(r, firstGenuine, to, items.size(), Duration.ofMinutes(10));
        long value = 0;
        Instant last = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            long actual = actualValue(item);
            value += actual;
            String assetId = assetId(item);
            last = c.events.register(item.registry(), assetId, item.assetType(), item.seller(),
                    p.registryKnowsFund() ? p.fundId() : null, actual, times.get(i));
            if (c.violation == Injection.NONE && item.registry() == Registry.LIVESTOCK_IDENTIFICATION) {
                c.registered.add(new FundContext.RegisteredAsset(assetId, item.assetType(), last));
            }
        }
        if (c.violation == Injection.DUPLICATE) {
            duplicate(from, times.get(times.size() - 1).minus(MARGIN));
        }
        if (c.violation == Injection.SHORTFALL_COUNT || c.violation == Injection.SHORTFALL_VALUE) {
            c.expect(AlertRule.ASSET_SHORTFALL, Math.max(0, paid - value), Severity.MEDIUM, deadline);
        }
        if (c.violation == Injection.OVERSUBSIDY) {
            long allowed = (long) p.subsidyRateBps() * value / 10_000;
            c.expect(AlertRule.OVERSUBSIDY, p.amount() - allowed, Severity.HIGH, last);
        }
    }

    private long actualValue(Item item) {
        if (c.violation == Injection.SHORTFALL_VALUE || c.violation == Injection.OVERSUBSIDY) {
            return item.price() * (55 + r.nextInt(31)) / 100;
        }
        if (p.programme() == Programme.INVESTMENT_SUBSIDY) {
            return item.price() * (100 + r.nextInt(5)) / 100;
        }
        return item.price();
    }

    private String assetId(Item item) {
        return switch (item.registry()) {
            case LIVESTOCK_IDENTIFICATION -> c.ids.animalNumber();
            case MACHINERY_REGISTRY -> c.ids.machineSerial(make(item.assetType()));
            case LEASE_REGISTRY -> c.ids.leaseItem("KAF-L");
        };
    }

    private void duplicate(Instant from, Instant to) {
        FundContext.RegisteredAsset other = c.duplicateOf;
        Item bought = p.items().get(r.nextInt(p.items().size()));
        Instant t = c.events.register(Registry.LIVESTOCK_IDENTIFICATION, other.assetId(), other.assetType(),
                bought.seller(), p.fundId(), bought.price(), Times.between(r, from, to));
        c.expect(AlertRule.DUPLICATE_ASSET, bought.price(), Severity.CRITICAL, t);
    }

    private static String make(String assetType) {
        return switch (assetType) {
            case "TRACTOR" -> "K744";
            case "COMBINE" -> "ESSIL";
            case "LOADER" -> "AMKODOR";
            default -> "AMAZONE";
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
