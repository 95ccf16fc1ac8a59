package io.earmark.streams.oversight;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a report covers: from the start of {@code from} up to, not including, the start of {@code to}, in UTC
 * (the project's one time zone). A case belongs to the period when its alert was detected in it
 * ({@code CaseFile.openedAt}, the alert's detectedAt), so {@code 2024-10-01 .. 2024-11-01} is October 2024.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period's first day " + from + " must be before its end " + to
                    + " (the end is exclusive)");
        }
    }

    public long startMillis() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public long endMillis() {
        return to.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public boolean contains(long epochMillis) {
        return epochMillis >= startMillis() && epochMillis < endMillis();
    }

    /** The last day covered. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /** e.g. {@code 1 October 2024 – 31 October 2024}. */
    public String label() {
        return LONG.format(from) + " \u2013 " + LONG.format(lastDay());
    }
}
