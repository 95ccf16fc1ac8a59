package io.earmark.streams.stages;

import io.earmark.schema.CaseEvent;
import io.earmark.schemas.json.JsonLines;
import io.earmark.schemas.serde.DecodingException;
import io.earmark.schemas.serde.EventDecoder;
import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.cases.CaseRules;
import io.earmark.streams.cases.Decision;
import io.earmark.streams.deadletter.DeadLetter;
import io.earmark.streams.state.OrderKeys;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case table: folds {@code earmark.cases.v1} (key alertId) into each alert's {@link CaseFile} in {@code cases},
 * and its applied acts into {@code case-history} under "alertId|sequence (6 digits)", the acts as JSON lines (OPENED
 * without its alert, which the case file keeps). Every act goes through {@link CaseRules} again, so the table is the
 * fold of the topic whoever wrote to it: a repeat or an illegal act changes nothing (logged). A record that is not a
 * CaseEvent is dead-lettered with its reason, as the input topics' are.
 */
public final class CaseTableStage implements Processor<byte[], byte[], String, DeadLetter> {

    private static final Logger LOG = LoggerFactory.getLogger(CaseTableStage.class);

    private final EventDecoder decoder;
    private final String casesStore;
    private final String historyStore;
    private ProcessorContext<String, DeadLetter> context;
    private KeyValueStore<String, CaseFile> cases;
    private KeyValueStore<String, String> history;

    public CaseTableStage(EventDecoder decoder, String casesStore, String historyStore) {
        this.decoder = decoder;
        this.casesStore = casesStore;
        this.historyStore = historyStore;
    }

    @Override
    public void init(ProcessorContext<String, DeadLetter> context) {
        this.context = context;
        this.cases = context.getStateStore(casesStore);
        this.history = context.getStateStore(historyStore);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        CaseEvent act = decode(record);
        if (act == null) {
            return;
        }
        Decision decision = CaseRules.decide(cases.get(act.getAlertId()), act);
        if (decision instanceof Decision.Applied applied) {
            CaseFile next = applied.next();
            history.put(historyKey(act.getAlertId(), next.actions), JsonLines.write(withoutAlert(act)));
            cases.put(act.getAlertId(), next);
        } else if (decision instanceof Decision.Refused refused) {
            LOG.info("Case act {} on {} changes nothing: {}", act.getCaseEventId(), act.getAlertId(), refused.reason());
        }
    }

    /** The key of the {@code sequence}-th act (1 = OPENED) of a case; a prefix scan of "alertId|" lists them in order. */
    public static String historyKey(String alertId, int sequence) {
        return historyPrefix(alertId) + OrderKeys.padded(sequence, 6);
    }

    public static String historyPrefix(String alertId) {
        return alertId + "|";
    }

    private CaseEvent decode(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            reject(record, DecodeStage.EMPTY_VALUE, "the record has no value");
            return null;
        }
        SpecificRecord decoded;
        try {
            decoded = decoder.decode(record.value());
        } catch (DecodingException e) {
            reject(record, e.reason(), e.getMessage());
            return null;
        }
        if (!(decoded instanceof CaseEvent act)) {
            reject(record, DecodeStage.WRONG_TYPE, "expected CaseEvent, got " + decoded.getSchema().getFullName());
            return null;
        }
        return act;
    }

    private static CaseEvent withoutAlert(CaseEvent act) {
        return act.getAlert() == null ? act : CaseEvent.newBuilder(act).setAlert(null).build();
    }

    private void reject(Record<byte[], byte[]> record, String reason, String detail) {
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        LOG.warn("Dead-lettering {}-{}@{}: {} ({})", meta.topic(), meta.partition(), meta.offset(), reason, detail);
        context.forward(DeadLetter.unreadable(record, meta, reason, detail));
    }
}
