package io.earmark.streams.api;

import io.earmark.schema.CaseEvent;
import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.cases.CaseRules;
import io.earmark.streams.cases.Decision;
import io.earmark.streams.cases.Person;
import java.time.Clock;
import java.time.Duration;

/**
 * Carries out people's acts on the cases this instance owns. In: the alertId, the partition that owns it, the
 * person and the request. Out: the case view once the act is in the table. One act per case at a time (a lock per
 * alertId stripe), so the state an act is decided on is the state it is applied to:
 * <ol>
 * <li>the case as the table has it (404 when there is none);</li>
 * <li>{@link CaseRules} decides: a repeated caseEventId answers the case as it is and writes nothing; an illegal act
 * is a 409 with the reason and writes nothing;</li>
 * <li>the act, stamped with the person and this instance's clock, is written to the topic ({@link CaseWriter});</li>
 * <li>the answer waits until the case table has applied it, so that what the caller reads next includes it.</li>
 * </ol>
 */
final class CaseDesk {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(20);
    private static final int STRIPES = 64;

    private final LocalCases cases;
    private final CaseWriter writer;
    private final Clock clock;
    private final Object[] locks = new Object[STRIPES];

    CaseDesk(LocalCases cases, CaseWriter writer, Clock clock) {
        this.cases = cases;
        this.writer = writer;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    String act(String alertId, int partition, Person person, CaseRequest request) {
        synchronized (locks[Math.floorMod(alertId.hashCode(), STRIPES)]) {
            CaseFile current = cases.file(alertId, partition);
            if (current == null) {
                throw ApiException.notFound("no case for alert '" + alertId + "'");
            }
            CaseEvent act = request.toAct(alertId, current.fundId, person.name(), clock.instant());
            Decision decision = CaseRules.decide(current, act);
            if (decision instanceof Decision.Refused refused) {
                throw ApiException.conflict(refused.reason());
            }
            if (decision instanceof Decision.Applied applied) {
                act.setStatus(applied.next().status);
                writer.write(act);
                awaitApplied(alertId, partition, act.getCaseEventId());
            }
            return cases.view(alertId, partition);
        }
    }

    private void awaitApplied(String alertId, int partition, String caseEventId) {
        long deadline = System.nanoTime() + APPLIED_WITHIN.toNanos();
        while (true) {
            CaseFile file = cases.file(alertId, partition);
            if (file != null && file.caseEventIds.contains(caseEventId)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw ApiException.unavailable("the act is written but the case table has not applied it yet (the "
                        + "pipeline may be rebalancing); read the case again shortly");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiException.unavailable("interrupted while waiting for the case table");
            }
        }
    }
}
