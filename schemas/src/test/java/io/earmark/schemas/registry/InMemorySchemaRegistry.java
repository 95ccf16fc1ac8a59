package io.earmark.schemas.registry;

import io.earmark.schemas.compat.BackwardCompatibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A schema registry in memory, for unit tests of anything that serializes. Behaves like the real one where it
 * matters: registration is idempotent per (subject, schema); ids are global, shared by equal schemas, and neither
 * start at 1 nor are consecutive ({@value #FIRST_ID}, then steps of {@value #ID_STEP}); a new version must be
 * BACKWARD compatible with the subject's latest ({@link IncompatibleSchemaException} otherwise); an unknown id
 * throws {@link UnknownSchemaIdException}. Thread-safe.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {
    public static final int FIRST_ID = 100;
    public static final int ID_STEP = 7;

    private final Map<String, List<Integer>> idsBySubject = new LinkedHashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    private int nextId = FIRST_ID;
    private int registerCalls;

    @Override
    public synchronized int register(String subject, Schema schema) {
        registerCalls++;
        List<Integer> versions = idsBySubject.getOrDefault(subject, List.of());
        Integer existing = idsBySchema.get(schema);
        if (existing != null && versions.contains(existing)) {
            return existing;
        }
        if (!versions.isEmpty()) {
            Schema latest = schemasById.get(versions.get(versions.size() - 1));
            List<String> problems = BackwardCompatibility.problems(schema, latest);
            if (!problems.isEmpty()) {
                throw new IncompatibleSchemaException(subject, String.join("; ", problems));
            }
        }
        int id = existing != null ? existing : allocate(schema);
        idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new UnknownSchemaIdException(id);
        }
        return schema;
    }

    /** Subjects in order of first registration. */
    public synchronized List<String> subjects() {
        return List.copyOf(idsBySubject.keySet());
    }

    /** The schemas registered under {@code subject}, oldest first (empty for an unknown subject). */
    public synchronized List<Schema> versions(String subject) {
        return idsBySubject.getOrDefault(subject, List.of()).stream().map(schemasById::get).toList();
    }

    /** How many times {@link #register} was called (to prove that callers cache). */
    public synchronized int registerCalls() {
        return registerCalls;
    }

    private int allocate(Schema schema) {
        int id = nextId;
        nextId += ID_STEP;
        schemasById.put(id, schema);
        idsBySchema.put(schema, id);
        return id;
    }
}
