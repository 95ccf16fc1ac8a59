package io.earmark.producers.simulate;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the identifiers of a scenario: 12-digit IINs and BINs with the Kazakh check digit, animal individual
 * numbers, machine serials, lease items and event ids. Every id it hands out is unique within the scenario.
 * Deterministic: the same random stream and the same calls give the same ids.
 */
final class IdFactory {
    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    IdFactory(SplittableRandom random) {
        this.random = random;
    }

    /** An individual identification number: birth date, century/sex digit, serial, check digit. */
    String iin() {
        while (true) {
            String body = String.format("%02d%02d%02d%d%04d", 55 + random.nextInt(45), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
            String id = withCheckDigit(body);
            if (id != null && used.add(id)) {
                return id;
            }
        }
    }

    /** A business identification number: registration year/month, legal-entity type digits, serial, check digit. */
    String bin() {
        while (true) {
            String body = String.format("%02d%02d4%d%05d", random.nextInt(24), 1 + random.nextInt(12),
                    random.nextInt(2), random.nextInt(100_000));
            String id = withCheckDigit(body);
            if (id != null && used.add(id)) {
                return id;
            }
        }
    }

    /** An animal's individual number as the livestock identification system records it. */
    String animalNumber() {
        return unique(() -> "KZ11" + digits(10));
    }

    String machineSerial(String make) {
        return unique(() -> make + "-" + digits(8));
    }

    String leaseItem(String contractPrefix) {
        return unique(() -> contractPrefix + "-2024-" + digits(6) + "/1");
    }

    /** An event id: the given prefix (a bank's BIC head, a registry's code) and a unique reference. */
    String eventId(String prefix) {
        return unique(() -> prefix + digits(12));
    }

    /** Marks externally chosen ids (a fixed catalogue) as taken. */
    void reserve(String id) {
        used.add(id);
    }

    /** The 12-digit id for an 11-digit body, or null when the body has no valid check digit. */
    static String withCheckDigit(String body) {
        int check = checkDigit(body, WEIGHTS_1);
        if (check == 10) {
            check = checkDigit(body, WEIGHTS_2);
        }
        return check == 10 ? null : body + check;
    }

    static boolean isValid(String id) {
        return id != null && id.length() == 12 && id.chars().allMatch(Character::isDigit)
                && id.equals(withCheckDigit(id.substring(0, 11)));
    }

    private static int checkDigit(String body, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private String unique(java.util.function.Supplier<String> candidate) {
        while (true) {
            String id = candidate.get();
            if (used.add(id)) {
                return id;
            }
        }
    }
}
