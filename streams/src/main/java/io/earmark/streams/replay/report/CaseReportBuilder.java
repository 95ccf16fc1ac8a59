package io.earmark.streams.replay.report;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.streams.ledger.Journey;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Registration;
import io.earmark.streams.picture.FundPictures;
import io.earmark.streams.replay.AlertDiff;
import io.earmark.streams.replay.CaseResult;
import io.earmark.streams.replay.report.CaseReport.AlertView;
import io.earmark.streams.replay.report.CaseReport.AssetView;
import io.earmark.streams.replay.report.CaseReport.AssetsView;
import io.earmark.streams.replay.report.CaseReport.ChangeView;
import io.earmark.streams.replay.report.CaseReport.EvidenceView;
import io.earmark.streams.replay.report.CaseReport.FundReport;
import io.earmark.streams.replay.report.CaseReport.Summary;
import io.earmark.streams.replay.report.CaseReport.WhatIf;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link CaseReport} of a finished case. Which funds: the ones asked for, then every fund with an alert in
 * the case's run or a what-if change, by fundId. Each fund's journey, assets and state come from the pipeline's own
 * ledger (read through interactive queries before the run closed); its alerts from the case's alerts topic.
 */
public final class CaseReportBuilder {

    /** How a ledger of format 2 or earlier wrote a duplicate registration's first fund, in the step's sentence. */
    private static final String DUPLICATE_MARK = "already counts for fund ";

    private CaseReportBuilder() {
    }

    public static CaseReport build(CaseResult result) {
        ReplayEvents events = new ReplayEvents(result.input().events());
        Map<String, List<AlertView>> alertsByFund = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (FundAlert alert : result.run().alerts()) {
            alertsByFund.computeIfAbsent(alert.getFundId(), f -> new ArrayList<>()).add(alertView(alert));
            byRule.merge(alert.getRule().name(), 1, Integer::sum);
        }
        List<ChangeView> changes = result.diff() == null ? List.of() : changes(result.diff());
        TreeSet<String> others = new TreeSet<>(alertsByFund.keySet());
        changes.forEach(c -> others.add(c.fundId()));
        others.removeAll(result.selectedFunds());
        List<String> order = new ArrayList<>(new TreeSet<>(result.selectedFunds()));
        order.addAll(others);
        List<FundReport> funds = new ArrayList<>();
        for (String fundId : order) {
            FundLedger ledger = result.run().ledgers().get(fundId);
            List<ChangeView> fundChanges = changes.stream().filter(c -> c.fundId().equals(fundId)).toList();
            funds.add(fund(fundId, ledger, result.selectedFunds().contains(fundId),
                    alertsByFund.getOrDefault(fundId, List.of()), fundChanges, events));
        }
        WhatIf whatIf = result.diff() == null ? null : new WhatIf(result.baseline().ruleVersion(),
                result.run().ruleVersion(), result.diff().appeared().size(), result.diff().disappeared().size(),
                result.diff().changed().size(), changes);
        Summary summary = new Summary(result.input().events().size(), result.run().alerts().size(), byRule,
                List.copyOf(new TreeSet<>(result.selectedFunds())));
        return new CaseReport(result.spec().name(), result.source(),
                result.from() == null ? null : result.from().toString(), result.input().end().toString(),
                result.run().ruleVersion(), result.baseline() == null ? null : result.baseline().ruleVersion(),
                summary, funds, whatIf);
    }

    private static FundReport fund(String fundId, FundLedger ledger, boolean selected, List<AlertView> alerts,
                                   List<ChangeView> changes, ReplayEvents events) {
        if (ledger == null) {
            return new FundReport(fundId, selected, false, null, null, null, null, null, 0, List.of(), null, null,
                    null, CaseReport.Holdings.NONE, List.of(), alerts, null, changes, null);
        }
        Fund f = ledger.fund;
        List<CaseReport.TimelineRow> timeline = Timeline.rows(ledger, events,
                alerts.stream().flatMap(a -> a.evidence().stream()).toList());
        CaseReport.Holdings holdings = Timeline.holdings(ledger);
        if (f == null) {
            return new FundReport(fundId, selected, false, null, null, null, null, null, 0, List.of(), null, null,
                    null, holdings, timeline, alerts, assets(ledger, 0, 0, events), changes, null);
        }
        return new FundReport(fundId, selected, true, f.programme().name(), f.purpose().name(), f.operatorId(),
                f.beneficiaryId(), f.financialOrgId(), f.amount(), f.approvedSellers(), f.maxIdleHours(),
                f.registrationDeadlineDays(), f.subsidyRateBps(), holdings, timeline, alerts,
                assets(ledger, f.expectedAssetCount(), f.declaredAssetValue(), events), changes,
                FundPictures.of(ledger, false).orElse(null));
    }

    private static AssetsView assets(FundLedger ledger, int expected, long declared, ReplayEvents events) {
        List<AssetView> items = new ArrayList<>();
        for (Registration r : ledger.assets) {
            items.add(new AssetView(r.assetId(), r.assetType(), r.registry().name(), r.eventId(),
                    Instant.ofEpochMilli(r.eventTime()).toString(), r.actualValue(), r.sellerId(), null));
        }
        List<AssetView> duplicates = new ArrayList<>();
        for (JourneyStep step : ledger.journey) {
            AssetRegistered a = events.registration(step.eventId());
            if (Journey.DUPLICATE_REGISTRATION.equals(step.kind()) && a != null) {
                String first = step.reference() != null ? step.reference() : firstFundIn(step.text());
                duplicates.add(new AssetView(a.getAssetId(), a.getAssetType(), a.getRegistry().name(),
                        a.getEventId(), a.getEventTime().toString(), a.getActualValue(), a.getSellerId(), first));
            }
        }
        items.sort(Comparator.comparing(AssetView::at).thenComparing(AssetView::eventId));
        return new AssetsView(expected, declared, items.size(), ledger.registeredValue, items, duplicates);
    }

    static AlertView alertView(FundAlert a) {
        return new AlertView(a.getAlertId(), a.getRule().name(), Wording.rule(a.getRule()), a.getSeverity().name(),
                a.getDetectedAt().toString(), a.getAmountAtRisk(), a.getCounterpartyId(), a.getMessage(),
                a.getRuleVersion(), a.getEvidence().stream().map(e -> new EvidenceView(e.getEventId(), e.getTopic(),
                        e.getEventTime().toString())).toList());
    }

    private static List<ChangeView> changes(AlertDiff diff) {
        List<ChangeView> changes = new ArrayList<>();
        diff.appeared().forEach(a -> changes.add(new ChangeView("appeared", a.getFundId(), null, alertView(a),
                List.of())));
        diff.disappeared().forEach(a -> changes.add(new ChangeView("disappeared", a.getFundId(), alertView(a), null,
                List.of())));
        diff.changed().forEach(c -> changes.add(new ChangeView("changed", c.after().getFundId(),
                alertView(c.before()), alertView(c.after()), c.fields())));
        changes.sort(Comparator.comparing(ChangeView::fundId).thenComparing(c -> when(c)));
        return changes;
    }

    private static String when(ChangeView c) {
        return c.after() != null ? c.after().detectedAt() : c.before().detectedAt();
    }

    private static String firstFundIn(String sentence) {
        int mark = sentence == null ? -1 : sentence.indexOf(DUPLICATE_MARK);
        return mark < 0 ? null : sentence.substring(mark + DUPLICATE_MARK.length());
    }
}
