package io.earmark.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API with the JDK HTTP client.
 * In: the API's base URL, which may carry a path: {@code http://127.0.0.1:8081} (Confluent, Karapace, Redpanda) or
 * {@code http://127.0.0.1:8081/apis/ccompat/v7} (Apicurio's Confluent-compatible API, the local stack's).
 * Out: ids from {@code POST /subjects/{s}/versions} and schemas from {@code GET /schemas/ids/{id}}, both cached for
 * the life of the client (ids are immutable).
 * Never hangs: connect and request timeouts (default 5 s / 10 s; a request that timed out is tried again, three
 * tries in all) end in {@link RegistryUnavailableException}.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int SCHEMA_NOT_FOUND_CODE = 40403;
    static final int INCOMPATIBLE_SCHEMA_CODE = 40901;

    private final String baseUrl;
    private final RegistryHttp http;
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(String baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public HttpSchemaRegistryClient(String baseUrl, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = new RegistryHttp(connectTimeout, requestTimeout);
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        String url = baseUrl + "/subjects/" + pathSegment(subject) + "/versions";
        String body = JsonNodeFactory.instance.objectNode().put("schema", schema.toString()).toString();
        RegistryHttp.Reply reply = http.post(url, body);
        if (reply.status() == 409 || reply.errorCode() == INCOMPATIBLE_SCHEMA_CODE) {
            throw new IncompatibleSchemaException(subject, reply.message().isEmpty() ? reply.describe() : reply.message());
        }
        JsonNode id = okBody(reply).path("id");
        if (!id.canConvertToInt() || !id.isIntegralNumber()) {
            throw new SchemaRegistryException("schema registry at " + url + " answered without an id: " + reply.body());
        }
        idsBySubjectSchema.put(key, id.intValue());
        schemasById.putIfAbsent(id.intValue(), schema);
        return id.intValue();
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String url = baseUrl + "/schemas/ids/" + id;
        RegistryHttp.Reply reply = http.get(url);
        // Only the registry's own "schema not found" counts: a bare 404 (wrong base URL) must not turn
        // every record into a dead letter, so it stays a SchemaRegistryException.
        if (reply.errorCode() == SCHEMA_NOT_FOUND_CODE) {
            throw new UnknownSchemaIdException(id);
        }
        JsonNode text = okBody(reply).path("schema");
        if (!text.isTextual()) {
            throw new SchemaRegistryException("schema registry at " + url + " answered without a schema: " + reply.body());
        }
        Schema schema;
        try {
            schema = new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("schema registry at " + url + " returned an unparseable schema: "
                    + e.getMessage(), e);
        }
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous != null ? previous : schema;
    }

    /** The body of a 2xx answer; server errors are "unavailable", anything else is an unexpected answer. */
    private static JsonNode okBody(RegistryHttp.Reply reply) {
        if (reply.status() >= 500) {
            throw new RegistryUnavailableException(reply.url(), reply.describe(), null);
        }
        if (!reply.ok()) {
            throw new SchemaRegistryException("schema registry at " + reply.url() + " answered " + reply.describe());
        }
        return reply.body();
    }

    private static String pathSegment(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
