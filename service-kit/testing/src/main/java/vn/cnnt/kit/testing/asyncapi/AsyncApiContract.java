package vn.cnnt.kit.testing.asyncapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A producing service's AsyncAPI 3.0 document, generated from what its tests already hold to: the JSON Schema and the
 * example of every event type in {@code src/main/resources/META-INF/events}. The document is committed as {@code
 * src/main/asyncapi/asyncapi.yaml} (served at {@code /q/asyncapi}); {@link #assertCommitted()} fails when it drifts,
 * and {@code -Dasyncapi.update=true} rewrites it.
 *
 * <p>Run from the producer's module directory (Maven's default for tests).
 */
public final class AsyncApiContract {

    /** Where the committed document lives, relative to the module. */
    public static final Path DOCUMENT = Path.of("src/main/asyncapi/asyncapi.yaml");

    static final Path EVENTS = Path.of("src/main/resources/META-INF/events");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String EXAMPLE_TIME = "2025-03-01T02:30:00Z";

    /**
     * The aggregate whose events carry types starting with {@code typePrefix}: its name in {@code ce_subject}, the data
     * field holding its id (also the Kafka key) and what that key is.
     */
    public record Aggregate(String typePrefix, String name, String idField, String keyDescription) {}

    private final String service;
    private final String topic;
    private final String title;
    private final String description;
    private final List<Aggregate> aggregates = new ArrayList<>();

    private AsyncApiContract(String service, String topic, String title, String description) {
        this.service = service;
        this.topic = topic;
        this.title = title;
        this.description = description;
    }

    /**
     * @param service the module, e.g. {@code funding-service} ({@code ce_source} is {@code /cnnt/<service>})
     * @param topic the topic its outbox publishes to
     */
    public static AsyncApiContract of(String service, String topic, String title, String description) {
        return new AsyncApiContract(service, topic, title, description);
    }

    public AsyncApiContract aggregate(String typePrefix, String name, String idField, String keyDescription) {
        aggregates.add(new Aggregate(typePrefix, name, idField, keyDescription));
        return this;
    }

    /** Fails when the committed document differs from the one generated now; rewrites it with -Dasyncapi.update. */
    public void assertCommitted() throws IOException {
        String generated = yaml();
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT))
                .as("%s is missing: generate it with -Dasyncapi.update=true", DOCUMENT)
                .isTrue();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as(
                        "%s drifted from the event schemas and examples in %s: regenerate it with"
                                + " -Dasyncapi.update=true and review the difference",
                        DOCUMENT, EVENTS)
                .isEqualTo(generated);
    }

    /** Fails unless the running service serves the committed document at /q/asyncapi, as YAML and JSON, to anyone. */
    public void assertServed() throws IOException {
        assertThat(given().get("/q/asyncapi").then().statusCode(200).extract().asString())
                .isEqualTo(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
        given().get("/q/asyncapi?format=json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"));
    }

    public String yaml() throws IOException {
        return YAML.writeValueAsString(document());
    }

    /** The document as a tree. */
    public ObjectNode document() throws IOException {
        List<String> types = eventTypes();
        assertThat(types).as("event schemas in %s", EVENTS).isNotEmpty();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", title);
        info.put("version", "1.0.0");
        info.put("description", description);
        info.putObject("contact").put("name", "CNNT suite maintainers");
        info.putObject("license").put("name", "Apache 2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        info.putArray("tags")
                .addObject()
                .put("name", service)
                .put("description", "Published by " + service + " through its transactional outbox");
        doc.put("defaultContentType", "application/json");
        servers(doc.putObject("servers"));

        String channel = camel(topic.replace(".v1", "").replace('.', '-'));
        String deadLetters = channel + "DeadLetters";
        ObjectNode channels = doc.putObject("channels");
        ObjectNode events = channels.putObject(channel);
        events.put("address", topic);
        events.put("title", topic);
        events.put(
                "description",
                "Every change of " + service + "'s aggregates, one CloudEvent 1.0 per change in Kafka binary mode "
                        + "(ce_* headers, the data as the record's JSON value), keyed by the aggregate id so that one "
                        + "aggregate's events stay in order. Events are published after their transaction commits "
                        + "(transactional outbox) and may be delivered more than once: consumers record ce_id and "
                        + "drop events whose version is not newer than what they hold.");
        ObjectNode channelMessages = events.putObject("messages");
        events.putObject("bindings").putObject("kafka").put("topic", topic).put("bindingVersion", KAFKA_BINDING);

        ObjectNode dlq = channels.putObject(deadLetters);
        dlq.put("address", topic + ".dlq");
        dlq.put("title", topic + ".dlq");
        dlq.put(
                "description",
                "Events of " + topic + " that a consumer could not apply (unreadable, refused by a rule or a database"
                        + " constraint, or still failing after its retry budget), written by that consumer's"
                        + " dead-letter strategy; the consumer goes on with the next event. Replay one by"
                        + " producing it again to " + topic + ": every consumer's inbox drops what it already"
                        + " applied.");
        dlq.putObject("messages").putObject("deadLetter").put("$ref", "#/components/messages/deadLetter");
        dlq.putObject("bindings")
                .putObject("kafka")
                .put("topic", topic + ".dlq")
                .put("bindingVersion", KAFKA_BINDING);

        ObjectNode operation = doc.putObject("operations").putObject("publish" + upper(channel));
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/" + channel);
        operation.put("title", "Publish " + topic);
        operation.put(
                "description",
                "The outbox relay publishes each committed event once it is in the outbox table, in commit order per"
                        + " aggregate, with acks=all and an idempotent producer.");
        var operationMessages = operation.putArray("messages");

        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (String type : types) {
            String id = messageId(type);
            channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
            operationMessages.addObject().put("$ref", "#/channels/" + channel + "/messages/" + id);
            messages.set(id, message(type));
        }
        messages.set("deadLetter", deadLetter());
        return doc;
    }

    private static void servers(ObjectNode servers) {
        servers.putObject("kubernetes")
                .put("host", "cnnt-kafka-bootstrap:9093")
                .put("protocol", "kafka-secure")
                .put(
                        "description",
                        "The Strimzi Kafka cluster of a Kubernetes deployment (deploy/kubernetes): TLS listener,"
                                + " clients authenticated as in its KafkaUser resources");
        servers.putObject("local")
                .put("host", "127.0.0.1:9092")
                .put("protocol", "kafka")
                .put("description", "The embedded broker of the local stack (./stack), plaintext on loopback");
    }

    private ObjectNode message(String type) throws IOException {
        Aggregate aggregate = aggregateOf(type);
        ObjectNode schema =
                (ObjectNode) JSON.readTree(EVENTS.resolve(type + ".schema.json").toFile());
        schema.remove(List.of("$schema", "$id"));
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type);
        message.put("title", type);
        message.put("summary", firstSentence(schema.path("description").asText(type)));
        message.put("contentType", "application/json");
        message.set("headers", headers(type, aggregate));
        message.set("payload", schema);
        message.putObject("bindings")
                .putObject("kafka")
                .put("bindingVersion", KAFKA_BINDING)
                .putObject("key")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", aggregate.keyDescription());
        Path example = EVENTS.resolve(type + ".example.json");
        if (Files.exists(example)) {
            JsonNode payload = JSON.readTree(example.toFile());
            ObjectNode first = message.putArray("examples").addObject();
            first.put("name", messageId(type));
            first.put("summary", "A " + type + " event as published");
            first.set("headers", exampleHeaders(type, aggregate, payload));
            first.set("payload", payload);
        }
        return message;
    }

    private ObjectNode headers(String type, Aggregate aggregate) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 attributes in Kafka binary mode, plus the W3C trace context");
        headers.putArray("required")
                .add("ce_specversion")
                .add("ce_id")
                .add("ce_source")
                .add("ce_type")
                .add("ce_subject")
                .add("ce_time")
                .add("ce_aggregateversion")
                .add("content-type");
        ObjectNode p = headers.putObject("properties");
        constant(p, "ce_specversion", "1.0", "CloudEvents specification version");
        p.putObject("ce_id")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "The event id, unique per event: consumers record it to apply an event once");
        constant(p, "ce_source", "/cnnt/" + service, "The producing service");
        constant(p, "ce_type", type, "The event type (the data's schema is this message's payload)");
        pattern(
                p,
                "ce_subject",
                "^" + aggregate.name() + "/[0-9a-f-]{36}$",
                "The aggregate and its id: " + aggregate.name() + "/<" + aggregate.idField() + ">");
        p.putObject("ce_time")
                .put("type", "string")
                .put("format", "date-time")
                .put("description", "When the change was committed (UTC)");
        pattern(
                p,
                "ce_aggregateversion",
                "^[0-9]{1,19}$",
                "The aggregate's version after the change, as in the data's `version`");
        p.putObject("ce_requestid")
                .put("type", "string")
                .put("maxLength", 200)
                .put("description", "The X-Request-Id of the API request that caused the change, when there was one");
        pattern(
                p,
                "traceparent",
                "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                "W3C trace context of the causing request, when tracing is on");
        constant(p, "content-type", "application/json", "The data's media type");
        return headers;
    }

    private ObjectNode exampleHeaders(String type, Aggregate aggregate, JsonNode payload) {
        ObjectNode h = JSON.createObjectNode();
        h.put("ce_specversion", "1.0");
        h.put(
                "ce_id",
                UUID.nameUUIDFromBytes(type.getBytes(StandardCharsets.UTF_8)).toString());
        h.put("ce_source", "/cnnt/" + service);
        h.put("ce_type", type);
        h.put(
                "ce_subject",
                aggregate.name() + "/" + payload.path(aggregate.idField()).asText());
        h.put("ce_time", EXAMPLE_TIME);
        h.put("ce_aggregateversion", payload.path("version").asText("0"));
        h.put("ce_requestid", "3f1c2a9e-7d64-4c1b-9a55-2b8e0c6d1f47");
        h.put("content-type", "application/json");
        return h;
    }

    private ObjectNode deadLetter() {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", "dead-letter");
        message.put("title", "A dead-lettered event of " + topic);
        message.put(
                "summary",
                "The record as the consumer read it (key, value and every original header), with the reason added");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.put(
                "description",
                "The original record's headers (ce_* as on " + topic + ") and those of the dead-letter strategy");
        headers.putArray("required").add("dead-letter-reason").add("dead-letter-topic");
        ObjectNode p = headers.putObject("properties");
        text(p, "dead-letter-reason", "Why the consumer refused the event, in the consumer's words");
        text(p, "dead-letter-cause", "The cause's message, when the failure had one (e.g. the database's words)");
        text(p, "dead-letter-exception-class-name", "The Java class of the failure");
        text(p, "dead-letter-cause-class-name", "The Java class of its cause");
        constant(p, "dead-letter-topic", topic, "The topic the event was read from");
        pattern(p, "dead-letter-partition", "^[0-9]{1,10}$", "Its partition there");
        pattern(p, "dead-letter-offset", "^[0-9]{1,19}$", "Its offset there");
        p.putObject("ce_type")
                .put("type", "string")
                .put("maxLength", 200)
                .put("description", "The original event type, when the record was a CloudEvent");
        message.putObject("payload")
                .put(
                        "description",
                        "The original record's value, byte for byte: usually an event's JSON data, but an unreadable"
                                + " record is dead-lettered as it came");
        return message;
    }

    private static void constant(ObjectNode properties, String name, String value, String description) {
        properties.putObject(name).put("type", "string").put("const", value).put("description", description);
    }

    private static void pattern(ObjectNode properties, String name, String regex, String description) {
        properties.putObject(name).put("type", "string").put("pattern", regex).put("description", description);
    }

    private static void text(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "string").put("maxLength", 4000).put("description", description);
    }

    private Aggregate aggregateOf(String type) {
        return aggregates.stream()
                .filter(a -> type.startsWith(a.typePrefix()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no aggregate declared for event type " + type));
    }

    /** The published event types: one {@code vn.cnnt.*.v1.schema.json} per type (shared schemas are not types). */
    static List<String> eventTypes() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("vn.cnnt.") && n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .sorted()
                    .toList();
        }
    }

    /** {@code vn.cnnt.cluster.cluster.status-changed.v1} → {@code clusterStatusChanged}. */
    static String messageId(String type) {
        String[] parts = type.split("\\.");
        return camel(String.join("-", Arrays.copyOfRange(parts, 3, parts.length - 1)));
    }

    private static String camel(String dashed) {
        String[] words = dashed.split("-");
        return words[0]
                + Arrays.stream(words).skip(1).map(AsyncApiContract::upper).collect(Collectors.joining());
    }

    private static String upper(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
