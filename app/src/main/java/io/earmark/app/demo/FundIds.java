package io.earmark.app.demo;

import io.earmark.producers.simulate.ExpectedAlert;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;

/**
 * Gives each demo round fund ids of its own. The simulator numbers a scenario's funds {@code PREFIX-YEAR-1000NN};
 * round k (0-based) adds k × 100000 to the number ({@code AA-2024-100001} becomes {@code AA-2024-200001} in the second
 * round), in every event that names a fund and in the ground truth. Round 0 is left as generated.
 */
final class FundIds {

    private static final Pattern NUMBERED = Pattern.compile("^(.*-)(\\d+)$");
    static final int ROUND_STRIDE = 100_000;

    private FundIds() {
    }

    static Scenario renumber(Scenario scenario, int round) {
        if (round == 0) {
            return scenario;
        }
        return new Scenario(scenario.options(),
                scenario.events().stream().map(e -> new ScenarioEvent(renumber(e.record(), round), e.eventTime(),
                        e.sequence())).toList(),
                scenario.expectedAlerts().stream().map(a -> new ExpectedAlert(a.rule(), fundId(a.fundId(), round),
                        a.amountAtRisk(), a.severity(), a.detectedAt())).toList(),
                scenario.end());
    }

    static String fundId(String fundId, int round) {
        if (fundId == null || round == 0) {
            return fundId;
        }
        Matcher m = NUMBERED.matcher(fundId);
        if (!m.matches()) {
            return fundId + "-r" + (round + 1);
        }
        return m.group(1) + (Long.parseLong(m.group(2)) + (long) round * ROUND_STRIDE);
    }

    private static SpecificRecord renumber(SpecificRecord record, int round) {
        if (record instanceof FundEarmarked f) {
            return FundEarmarked.newBuilder(f).setFundId(fundId(f.getFundId(), round)).build();
        }
        if (record instanceof FundMovement m) {
            return m.getFundId() == null ? m
                    : FundMovement.newBuilder(m).setFundId(fundId(m.getFundId(), round)).build();
        }
        AssetRegistered a = (AssetRegistered) record;
        return a.getFundId() == null ? a
                : AssetRegistered.newBuilder(a).setFundId(fundId(a.getFundId(), round)).build();
    }
}
