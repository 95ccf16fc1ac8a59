package io.earmark.streams.rules;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.schemas.Topics;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import java.util.List;

/**
 * DUPLICATE_ASSET: an asset id already registered against one fund is registered against another. Raised on the
 * second fund; the registration does not count towards its assets.
 */
public final class DuplicateAssetRule implements FundRule {

    @Override
    public Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds) {
        if (!(event instanceof FundEvent.Duplicated duplicated)) {
            return Verdict.none();
        }
        Assignment duplicate = duplicated.assignment();
        Registration r = duplicate.registration();
        return Verdict.alert(new AlertDraft(AlertRule.DUPLICATE_ASSET, Severity.CRITICAL, r.actualValue(), null,
                r.eventTime(), r.eventId(), "Asset " + r.assetId() + " (" + r.assetType() + ", "
                        + kzt(r.actualValue()) + ") was registered for fund " + duplicate.fundId()
                        + " but already counts for fund " + duplicate.duplicateOf() + ".",
                List.of(new EvidenceRef(duplicate.firstEventId(), Topics.ASSETS, duplicate.firstEventTime()),
                        Evidence.of(r))));
    }
}
