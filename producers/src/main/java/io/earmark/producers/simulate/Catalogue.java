package io.earmark.producers.simulate;

import io.earmark.schema.Programme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fixed cast of the Akmola pilot: programme operators, financial organisations (banks, leasing companies,
 * credit partnerships, the regional SEC), livestock sellers and machinery dealers. Their ids come from a fixed
 * seed, so the same organisation has the same BIN in every scenario; the scenario's id factory reserves them.
 */
final class Catalogue {
    /** Real Kazakh bank BICs: Halyk, Bank CenterCredit, ForteBank, Bereke, Jusan, Kaspi, Otbasy, Freedom. */
    static final List<String> BANKS = List.of("HSBKKZKX", "KCJBKZKX", "IRTYKZKA", "BRKEKZKA", "TSESKZKA",
            "CASPKZKA", "HCSKKZKA", "KSNVKZKA");
    /** The Treasury Committee's BIC: state bodies pay from the treasury. */
    static final String TREASURY = "KKMFKZ2A";
    private static final long CATALOGUE_SEED = 2024_10_01L;

    private final Map<Programme, Party> operators = new EnumMap<>(Programme.class);
    private final Map<Programme, List<Party>> financialOrgs = new EnumMap<>(Programme.class);
    private final List<Party> livestockSellers = new ArrayList<>();
    private final List<Party> machineryDealers = new ArrayList<>();
    private final List<Party> equipmentSellers = new ArrayList<>();

    private Catalogue() {
    }

    static Catalogue create(IdFactory scenarioIds) {
        SplittableRandom random = new SplittableRandom(CATALOGUE_SEED);
        IdFactory ids = new IdFactory(random);
        Catalogue c = new Catalogue();
        // Agrarian Credit Corporation (Auyl Amanaty), Ministry of Agriculture (subsidies), regional agriculture
        // department (machinery), SEC "Kokshe" (its own funds).
        c.operators.put(Programme.AUYL_AMANATY, new Party(ids.bin(), "HSBKKZKX"));
        c.operators.put(Programme.INVESTMENT_SUBSIDY, new Party(ids.bin(), TREASURY));
        c.operators.put(Programme.MACHINERY_LEASING, new Party(ids.bin(), TREASURY));
        c.operators.put(Programme.SEC_FUNDS, new Party(ids.bin(), "KCJBKZKX"));
        Party halyk = new Party(ids.bin(), "HSBKKZKX");
        Party centerCredit = new Party(ids.bin(), "KCJBKZKX");
        Party bereke = new Party(ids.bin(), "BRKEKZKA");
        Party kazAgroFinance = new Party(ids.bin(), "HSBKKZKX");
        Party akmolaLeasing = new Party(ids.bin(), "IRTYKZKA");
        List<Party> creditPartnerships = List.of(new Party(ids.bin(), "HSBKKZKX"), new Party(ids.bin(), "KCJBKZKX"),
                new Party(ids.bin(), "BRKEKZKA"), new Party(ids.bin(), "HSBKKZKX"));
        List<Party> auyl = new ArrayList<>(creditPartnerships);
        auyl.add(halyk);
        auyl.add(bereke);
        c.financialOrgs.put(Programme.AUYL_AMANATY, List.copyOf(auyl));
        c.financialOrgs.put(Programme.INVESTMENT_SUBSIDY, List.of(kazAgroFinance, akmolaLeasing, halyk));
        c.financialOrgs.put(Programme.MACHINERY_LEASING, List.of(kazAgroFinance, akmolaLeasing, centerCredit));
        c.financialOrgs.put(Programme.SEC_FUNDS, List.of(centerCredit, halyk, bereke));
        for (int i = 0; i < 16; i++) {
            c.livestockSellers.add(new Party(i % 3 == 0 ? ids.iin() : ids.bin(), pick(random, BANKS)));
        }
        for (int i = 0; i < 8; i++) {
            c.machineryDealers.add(new Party(ids.bin(), pick(random, BANKS)));
            c.equipmentSellers.add(new Party(ids.bin(), pick(random, BANKS)));
        }
        c.allIds().forEach(scenarioIds::reserve);
        return c;
    }

    Party operator(Programme programme) {
        return operators.get(programme);
    }

    List<Party> financialOrgs(Programme programme) {
        return financialOrgs.get(programme);
    }

    List<Party> livestockSellers() {
        return livestockSellers;
    }

    List<Party> machineryDealers() {
        return machineryDealers;
    }

    List<Party> equipmentSellers() {
        return equipmentSellers;
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private List<String> allIds() {
        List<String> all = new ArrayList<>();
        operators.values().forEach(p -> all.add(p.id()));
        financialOrgs.values().forEach(list -> list.forEach(p -> all.add(p.id())));
        livestockSellers.forEach(p -> all.add(p.id()));
        machineryDealers.forEach(p -> all.add(p.id()));
        equipmentSellers.forEach(p -> all.add(p.id()));
        return all;
    }
}
