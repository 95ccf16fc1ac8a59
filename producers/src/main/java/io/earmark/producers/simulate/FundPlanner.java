package io.earmark.producers.simulate;

import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a {@link FundPlan} for one fund of a programme, in the proportions of the Akmola pilot: Auyl Amanaty
 * loans of 1.5–7 M KZT for a few heads of cattle, sheep or horses; investment subsidies of 25–50 % of a leased
 * machine's value; machinery leasing of 1–3 machines; SEC funds for livestock or small equipment.
 */
final class FundPlanner {
    static final long KZT = 100;
    private static final String[] MACHINES = {"TRACTOR", "COMBINE", "SEEDER", "SPRAYER"};

    private final Catalogue catalogue;
    private final IdFactory ids;

    FundPlanner(Catalogue catalogue, IdFactory ids) {
        this.catalogue = catalogue;
        this.ids = ids;
    }

    FundPlan plan(String fundId, Programme programme, Injection violation, SplittableRandom r) {
        Party operator = catalogue.operator(programme);
        Party fo = Catalogue.pick(r, catalogue.financialOrgs(programme));
        Party beneficiary = new Party(r.nextInt(4) == 0 ? ids.bin() : ids.iin(), Catalogue.pick(r, Catalogue.BANKS));
        return switch (programme) {
            case AUYL_AMANATY -> livestock(fundId, programme, operator, fo, beneficiary, violation, r,
                    1_500_000, 6_500_000, 0.8, 72, 30);
            case SEC_FUNDS -> r.nextInt(10) < 6 || violation == Injection.SHORTFALL_COUNT
                    ? livestock(fundId, programme, operator, fo, beneficiary, violation, r,
                    3_000_000, 12_000_000, 0.5, 96, 45)
                    : equipment(fundId, operator, fo, beneficiary, violation, r);
            case INVESTMENT_SUBSIDY -> subsidy(fundId, operator, fo, beneficiary, r);
            case MACHINERY_LEASING -> leasing(fundId, operator, fo, beneficiary, r);
        };
    }

    private FundPlan livestock(String fundId, Programme programme, Party operator, Party fo, Party beneficiary,
                               Injection v, SplittableRandom r, int minKzt, int maxKzt, double approvedShare,
                               int maxIdle, int regDays) {
        int kind = r.nextInt(20);
        String species = kind < 11 ? "CATTLE" : kind < 17 ? "SHEEP" : "HORSE";
        long headPrice = switch (species) {
            case "CATTLE" -> between(r, 380_000, 520_000);
            case "SHEEP" -> between(r, 55_000, 85_000);
            default -> between(r, 420_000, 650_000);
        };
        long target = between(r, minKzt, maxKzt);
        int heads = (int) Math.max(3, Math.min(species.equals("SHEEP") ? 40 : 16, target / headPrice));
        List<Party> sellers = distinct(r, catalogue.livestockSellers(), r.nextInt(10) < 7 ? 1 : 2);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < heads; i++) {
            long price = roundTo(headPrice * (95 + r.nextInt(11)) / 100, 1_000) * KZT;
            items.add(new Item(species, Registry.LIVESTOCK_IDENTIFICATION, price, sellers.get(i % sellers.size())));
        }
        long declared = items.stream().mapToLong(Item::price).sum();
        int surplusPct = v.needsSurplus() ? 15 + r.nextInt(16) : r.nextInt(6);
        long amount = roundUp(declared * (100 + surplusPct) / 100, 10_000 * KZT);
        boolean approved = v.needsSurplus() || r.nextDouble() < approvedShare;
        return new FundPlan(fundId, programme, Purpose.LIVESTOCK, operator, fo, beneficiary, sellers, approved,
                items, amount, null, maxIdle, regDays, false, r.nextInt(5) == 0);
    }

    private FundPlan equipment(String fundId, Party operator, Party fo, Party beneficiary, Injection v,
                               SplittableRandom r) {
        List<Party> sellers = distinct(r, catalogue.equipmentSellers(), 1);
        List<Item> items = new ArrayList<>();
        int count = 1 + r.nextInt(2);
        for (int i = 0; i < count; i++) {
            boolean loader = r.nextBoolean();
            long price = roundTo(loader ? between(r, 6_000_000, 15_000_000) : between(r, 5_000_000, 12_000_000),
                    10_000) * KZT;
            items.add(new Item(loader ? "LOADER" : "TRACTOR", Registry.MACHINERY_REGISTRY, price, sellers.get(0)));
        }
        long declared = items.stream().mapToLong(Item::price).sum();
        int surplusPct = v.needsSurplus() ? 15 + r.nextInt(16) : r.nextInt(4);
        long amount = roundUp(declared * (100 + surplusPct) / 100, 10_000 * KZT);
        boolean approved = v.needsSurplus() || r.nextBoolean();
        return new FundPlan(fundId, Programme.SEC_FUNDS, Purpose.MACHINERY, operator, fo, beneficiary, sellers,
                approved, items, amount, null, 96, 45, false, r.nextInt(10) < 3);
    }

    private FundPlan subsidy(String fundId, Party operator, Party fo, Party beneficiary, SplittableRandom r) {
        List<Party> dealer = distinct(r, catalogue.machineryDealers(), 1);
        List<Item> items = machines(r, r.nextInt(5) == 0 ? 2 : 1, dealer, Registry.LEASE_REGISTRY);
        long declared = items.stream().mapToLong(Item::price).sum();
        int rate = switch (r.nextInt(4)) {
            case 0 -> 5000;
            case 1 -> 3000;
            default -> 2500;
        };
        long amount = (long) rate * declared / 10_000 / KZT * KZT;
        return new FundPlan(fundId, Programme.INVESTMENT_SUBSIDY, Purpose.LEASED_EQUIPMENT, operator, fo,
                beneficiary, dealer, true, items, amount, rate, 48, 45, true, r.nextInt(10) < 7);
    }

    private FundPlan leasing(String fundId, Party operator, Party fo, Party beneficiary, SplittableRandom r) {
        int count = 1 + r.nextInt(3);
        List<Party> dealers = distinct(r, catalogue.machineryDealers(), count > 1 && r.nextBoolean() ? 2 : 1);
        List<Item> items = machines(r, count, dealers, Registry.MACHINERY_REGISTRY);
        long amount = items.stream().mapToLong(Item::price).sum();
        return new FundPlan(fundId, Programme.MACHINERY_LEASING, Purpose.MACHINERY, operator, fo, beneficiary,
                dealers, true, items, amount, null, 72, 60, true, r.nextBoolean());
    }

    private static List<Item> machines(SplittableRandom r, int count, List<Party> dealers, Registry registry) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = MACHINES[r.nextInt(MACHINES.length)];
            long kzt = switch (type) {
                case "TRACTOR" -> between(r, 25_000_000, 60_000_000);
                case "COMBINE" -> between(r, 70_000_000, 140_000_000);
                case "SEEDER" -> between(r, 12_000_000, 35_000_000);
                default -> between(r, 8_000_000, 25_000_000);
            };
            items.add(new Item(type, registry, roundTo(kzt, 10_000) * KZT, dealers.get(i % dealers.size())));
        }
        return items;
    }

    private static List<Party> distinct(SplittableRandom r, List<Party> from, int count) {
        List<Party> pool = new ArrayList<>(from);
        List<Party> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return List.copyOf(out);
    }

    static long between(SplittableRandom r, long min, long max) {
        return r.nextLong(min, max + 1);
    }

    private static long roundTo(long value, long unit) {
        return Math.max(unit, Math.round((double) value / unit) * unit);
    }

    private static long roundUp(long value, long unit) {
        return (value + unit - 1) / unit * unit;
    }
}
