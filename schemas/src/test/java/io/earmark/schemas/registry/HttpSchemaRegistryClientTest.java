package io.earmark.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.schema.FundMovement;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {
    private static final Schema SCHEMA = FundMovement.getClassSchema();
    private final FakeRegistryServer server = new FakeRegistryServer();
    private final HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(server.url() + "/");

    HttpSchemaRegistryClientTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldPostTheSchemaAsJsonWithTheRegistryContentTypeAndReturnTheId() throws IOException {
        server.answer(200, "{\"id\":1234}");

        int id = client.register("earmark.movements.v1-value", SCHEMA);

        assertThat(id).isEqualTo(1234);
        FakeRegistryServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/subjects/earmark.movements.v1-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        String sent = new ObjectMapper().readTree(request.body()).get("schema").asText();
        assertThat(new Schema.Parser().parse(sent)).isEqualTo(SCHEMA);
    }

    @Test
    void shouldCacheRegistrationsAndKnowTheRegisteredSchemaById() {
        server.answer(200, "{\"id\":77}");

        client.register("s-value", SCHEMA);
        client.register("s-value", SCHEMA);
        Schema byId = client.schemaById(77);

        assertThat(byId).isEqualTo(SCHEMA);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldFetchSchemasByIdOnceAndCacheThem() throws IOException {
        String body = new ObjectMapper().createObjectNode().put("schema", SCHEMA.toString()).toString();
        server.answer(200, body);

        Schema first = client.schemaById(4711);
        Schema second = client.schemaById(4711);

        assertThat(first).isEqualTo(SCHEMA).isSameAs(second);
        assertThat(server.requests()).singleElement().extracting(FakeRegistryServer.Request::path)
                .isEqualTo("/schemas/ids/4711");
    }

    @Test
    void shouldMapError40403ToUnknownSchemaIdNamingTheId() {
        server.answer(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");

        assertThatThrownBy(() -> client.schemaById(4242))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("4242")
                .extracting(e -> ((UnknownSchemaIdException) e).schemaId()).isEqualTo(4242);
    }

    @Test
    void shouldNotMistakeABare404ForAnUnknownIdSinceTheBaseUrlMayBeWrong() {
        server.answer(404, "<html>Not Found</html>");

        assertThatThrownBy(() -> client.schemaById(5))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void shouldMapConflictToIncompatibleSchemaNamingSubjectAndRegistryMessage() {
        server.answer(409, "{\"error_code\":40901,\"message\":\"Schema being registered is incompatible\"}");

        assertThatThrownBy(() -> client.register("earmark.funds.v1-value", SCHEMA))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("earmark.funds.v1-value")
                .hasMessageContaining("Schema being registered is incompatible");
    }

    @Test
    void shouldMapServerErrorsToRegistryUnavailable() {
        server.answer(503, "{\"error_code\":50003,\"message\":\"Error while forwarding the request\"}");

        assertThatThrownBy(() -> client.register("s-value", SCHEMA))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining(server.url() + "/subjects/s-value/versions")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void shouldReportAnUnexpectedClientErrorWithStatusAndMessage() {
        server.answer(422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}");

        assertThatThrownBy(() -> client.register("s-value", SCHEMA))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 422 (error_code 42201): Invalid schema");
    }

    @Test
    void shouldFailQuicklyWithTheUrlWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        HttpSchemaRegistryClient unreachable = new HttpSchemaRegistryClient(url);
        long start = System.nanoTime();

        assertThatThrownBy(() -> unreachable.schemaById(1))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining(url + "/schemas/ids/1")
                .hasMessageContaining("ConnectException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void shouldGiveUpAfterTheRequestTimeoutWhenTheRegistryHangs() {
        server.delay(3_000).answer(200, "{\"id\":1}");
        HttpSchemaRegistryClient impatient = new HttpSchemaRegistryClient(server.url(),
                Duration.ofSeconds(1), Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.register("s-value", SCHEMA))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void shouldAskAgainWhenARequestTimedOutAsAfterAProcessPauseAndUseTheNextAnswer() throws IOException {
        // Given the first answer comes after the request timeout, as it does for a process frozen past the timeout
        String body = new ObjectMapper().createObjectNode().put("schema", SCHEMA.toString()).toString();
        server.delayFirst(1, 2_000).answer(200, body);
        HttpSchemaRegistryClient impatient = new HttpSchemaRegistryClient(server.url(),
                Duration.ofSeconds(1), Duration.ofMillis(300));

        // When a schema is looked up
        Schema schema = impatient.schemaById(15);

        // Then the lookup is asked again and answered, instead of failing the caller
        assertThat(schema).isEqualTo(SCHEMA);
        assertThat(server.requests()).extracting(FakeRegistryServer.Request::path)
                .containsExactly("/schemas/ids/15", "/schemas/ids/15");
    }

    @Test
    void shouldAskAgainWhenTheConnectionClosesBeforeAnAnswerAsAStaleKeptAliveOneDoes() {
        // Given the registry closes the connection of the first request without answering, as a kept-alive connection
        // that the registry closed while it sat idle does (a POST, which the JDK's client does not resend itself)
        server.dropFirst(1).answer(200, "{\"id\":21}");

        // When a schema is registered
        int id = client.register("s-value", SCHEMA);

        // Then the registration is sent again on a new connection and answered
        assertThat(id).isEqualTo(21);
        assertThat(server.requests()).extracting(FakeRegistryServer.Request::path)
                .containsExactly("/subjects/s-value/versions", "/subjects/s-value/versions");
    }

    @Test
    void shouldGiveUpWhenEveryConnectionClosesBeforeAnAnswer() {
        server.dropFirst(Integer.MAX_VALUE);

        assertThatThrownBy(() -> client.register("s-value", SCHEMA))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("/subjects/s-value/versions")
                .hasMessageContaining("3 tries");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void shouldEncodeTheSubjectAsOnePathSegment() {
        server.answer(200, "{\"id\":3}");

        client.register("odd subject/with slash", SCHEMA);

        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/odd%20subject%2Fwith%20slash/versions");
    }

    @Test
    void shouldKeepTheBaseUrlPathSuchAsApicuriosConfluentApi() {
        server.answer(200, "{\"id\":5,\"schema\":" + new ObjectMapper().valueToTree(SCHEMA.toString()) + "}");
        HttpSchemaRegistryClient ccompat = new HttpSchemaRegistryClient(server.url() + "/apis/ccompat/v7/");

        ccompat.register("s-value", SCHEMA);
        ccompat.schemaById(6);

        assertThat(server.requests()).extracting(FakeRegistryServer.Request::path)
                .containsExactly("/apis/ccompat/v7/subjects/s-value/versions", "/apis/ccompat/v7/schemas/ids/6");
    }
}
