package io.earmark.streams.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * An investigator's case: its name (its topics are {@code earmark.case.NAME.*}, its application id
 * {@code earmark-case-NAME}), the rules to replay under (null: the live rules), the live rules (null: the shipped
 * rules file, which the live pipeline runs unless configured otherwise), stream threads and a time limit per run.
 * With a rules file the case also runs a baseline under the live rules, and reports the differences.
 */
public record CaseSpec(String name, Path rulesFile, Path liveRulesFile, int threads, Duration timeout) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public CaseSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a case name is 1 to 100 letters, digits, '_' or '-', not '" + name
                    + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static CaseSpec named(String name) {
        return new CaseSpec(name, null, null, 1, Duration.ofMinutes(10));
    }

    public CaseSpec withRules(Path rules) {
        return new CaseSpec(name, rules, liveRulesFile, threads, timeout);
    }

    public CaseSpec withThreads(int count) {
        return new CaseSpec(name, rulesFile, liveRulesFile, count, timeout);
    }

    public boolean whatIf() {
        return rulesFile != null;
    }

    public String applicationId() {
        return "earmark-case-" + name;
    }
}
