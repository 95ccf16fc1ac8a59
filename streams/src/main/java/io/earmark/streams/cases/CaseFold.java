package io.earmark.streams.cases;

import io.earmark.schema.CaseEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every case as of a list of acts read in topic order: the same {@link CaseRules} the pipeline's case table applies,
 * held in memory. In: {@link CaseEvent}s, one at a time. Out: each alert's {@link CaseFile} and the acts applied to
 * it (refused ones and repeats are left out, as the table leaves them). For whoever reads the whole topic: the
 * commission's report, and the tests that hold the table against the topic.
 */
public final class CaseFold {

    private final Map<String, CaseFile> cases = new LinkedHashMap<>();
    private final Map<String, List<CaseEvent>> histories = new LinkedHashMap<>();

    public Decision apply(CaseEvent act) {
        Decision decision = CaseRules.decide(cases.get(act.getAlertId()), act);
        if (decision instanceof Decision.Applied applied) {
            cases.put(act.getAlertId(), applied.next());
            histories.computeIfAbsent(act.getAlertId(), id -> new ArrayList<>()).add(act);
        }
        return decision;
    }

    /** By alertId, in the order the cases were opened. */
    public Map<String, CaseFile> cases() {
        return Collections.unmodifiableMap(cases);
    }

    /** The acts applied to the case of {@code alertId}, oldest first (OPENED first); empty for an unknown alert. */
    public List<CaseEvent> history(String alertId) {
        return Collections.unmodifiableList(histories.getOrDefault(alertId, List.of()));
    }
}
