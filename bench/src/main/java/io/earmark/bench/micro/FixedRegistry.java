package io.earmark.bench.micro;

import io.earmark.schemas.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/** A registry that never leaves the JVM, so a micro-benchmark measures the serde and not the network. */
final class FixedRegistry implements SchemaRegistryClient {

    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
    private final Map<Schema, Integer> ids = new ConcurrentHashMap<>();

    @Override
    public int register(String subject, Schema schema) {
        return ids.computeIfAbsent(schema, s -> {
            int id = 1000 + byId.size();
            byId.put(id, s);
            return id;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return byId.get(id);
    }
}
