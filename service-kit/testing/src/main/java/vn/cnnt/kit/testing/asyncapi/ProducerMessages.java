package vn.cnnt.kit.testing.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * A consumer's contract test against a producer's committed AsyncAPI document: the consumer's own record of an event
 * (a tolerant reader naming only the fields it reads) must fit the schema of every message it consumes, not only the
 * examples. Each field it reads is declared by the producer with a compatible type; a primitive field is required and
 * never null; a Java enum knows every value the schema allows; and every example validates against its schema and
 * reads into the record. Run from the consumer's module directory, beside the producer's.
 */
public final class ProducerMessages {

    /** Reads as a consumer does: fields it does not know are ignored, so a producer may add some. */
    public static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    /** One message of the producer's document: its event type, the schema of its data, its example payloads. */
    public record Message(String type, JsonNode payload, List<JsonNode> examples) {}

    private ProducerMessages() {}

    /** The producer's messages whose event type starts with one of the prefixes. */
    public static List<Message> of(String producer, String... typePrefixes) throws IOException {
        JsonNode document = new YAMLMapper()
                .readTree(Path.of("..", producer)
                        .resolve(AsyncApiContract.DOCUMENT)
                        .toFile());
        List<Message> found = new ArrayList<>();
        document.path("components").path("messages").forEach(message -> {
            String type = message.path("name").asText();
            if (Arrays.stream(typePrefixes).anyMatch(type::startsWith)) {
                List<JsonNode> examples = StreamSupport.stream(
                                message.path("examples").spliterator(), false)
                        .map(e -> e.path("payload"))
                        .toList();
                found.add(new Message(type, message.path("payload"), examples));
            }
        });
        return found;
    }

    /**
     * Checks the record against every matching message's schema and examples, and returns the examples as the
     * consumer reads them.
     */
    public static <T> List<T> read(String producer, Class<T> record, String... typePrefixes) throws IOException {
        List<Message> messages = of(producer, typePrefixes);
        assertThat(messages)
                .as("%s's AsyncAPI document has messages %s", producer, Arrays.toString(typePrefixes))
                .hasSizeGreaterThanOrEqualTo(typePrefixes.length);
        List<T> events = new ArrayList<>();
        for (Message message : messages) {
            List<String> misfits = new ArrayList<>();
            fits(record, message.payload(), message.type(), misfits);
            assertThat(misfits)
                    .as("%s read by %s", message.type(), record.getSimpleName())
                    .isEmpty();
            assertThat(message.examples())
                    .as("%s has an example", message.type())
                    .isNotEmpty();
            for (JsonNode example : message.examples()) {
                assertThat(SCHEMAS.getSchema(message.payload()).validate(example))
                        .as("the example of %s against its schema", message.type())
                        .isEmpty();
                events.add(JSON.treeToValue(example, record));
            }
        }
        return events;
    }

    /** Collects what of the record does not fit the schema, with the path of each field. */
    static void fits(Class<?> record, JsonNode schema, String path, List<String> misfits) {
        JsonNode object = alternatives(schema).stream()
                .filter(s -> types(s).contains("object") || s.has("properties"))
                .findFirst()
                .orElse(schema);
        Set<String> required = new HashSet<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            String at = path + "." + name;
            JsonNode property = object.path("properties").path(name);
            if (property.isMissingNode()) {
                misfits.add(at + ": not declared by the producer");
                continue;
            }
            Class<?> type = component.getType();
            if (type.isPrimitive() && (!required.contains(name) || nullable(property))) {
                misfits.add(at + ": read as " + type + " but the producer may omit it or send null");
            }
            String problem = compatible(component.getGenericType(), type, property, at, misfits);
            if (problem != null) {
                misfits.add(at + ": " + problem);
            }
        }
    }

    private static String compatible(Type generic, Class<?> type, JsonNode property, String at, List<String> misfits) {
        Set<String> types = new HashSet<>();
        Set<String> formats = new HashSet<>();
        List<JsonNode> enums = new ArrayList<>();
        for (JsonNode s : alternatives(property)) {
            types.addAll(types(s));
            if (s.has("format")) {
                formats.add(s.path("format").asText());
            }
            s.path("enum").forEach(enums::add);
            if (s.has("const")) {
                enums.add(s.path("const"));
            }
        }
        boolean strings = types.contains("string") || enums.stream().anyMatch(JsonNode::isTextual);
        if (type == String.class) {
            return strings ? null : "read as text, declared " + types;
        }
        if (type == UUID.class) {
            return strings && formats.contains("uuid") ? null : "read as a UUID, declared " + types + " " + formats;
        }
        if (type == LocalDate.class) {
            return strings && formats.contains("date") ? null : "read as a date, declared " + types + " " + formats;
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return strings && formats.contains("date-time") ? null : "read as a time, declared " + types;
        }
        if (type == long.class
                || type == Long.class
                || type == int.class
                || type == Integer.class
                || type == BigInteger.class) {
            return types.contains("integer") ? null : "read as an integer, declared " + types;
        }
        if (type == BigDecimal.class) {
            return types.contains("integer") || types.contains("number") ? null : "read as a number, declared " + types;
        }
        if (type == boolean.class || type == Boolean.class) {
            return types.contains("boolean") ? null : "read as a boolean, declared " + types;
        }
        if (type.isEnum()) {
            Set<String> known = new HashSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(c -> known.add(((Enum<?>) c).name()));
            List<String> unknown = enums.stream()
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::asText)
                    .filter(v -> !known.contains(v))
                    .toList();
            if (enums.isEmpty()) {
                return "read as " + type.getSimpleName() + " but the producer lists no values";
            }
            return unknown.isEmpty() ? null : type.getSimpleName() + " does not know " + unknown;
        }
        if (type.isRecord()) {
            if (!types.contains("object") && alternatives(property).stream().noneMatch(s -> s.has("properties"))) {
                return "read as an object, declared " + types;
            }
            fits(type, property, at, misfits);
            return null;
        }
        if (Collection.class.isAssignableFrom(type)) {
            if (!types.contains("array")) {
                return "read as a list, declared " + types;
            }
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                JsonNode items = alternatives(property).stream()
                        .filter(s -> s.has("items"))
                        .map(s -> s.path("items"))
                        .findFirst()
                        .orElse(null);
                if (items == null) {
                    return "read as a list of " + item.getSimpleName() + " but the producer declares no items";
                }
                return compatible(item, item, items, at + "[]", misfits);
            }
            return null;
        }
        return null; // JsonNode, Map, Object: anything fits
    }

    private static boolean nullable(JsonNode property) {
        for (JsonNode s : alternatives(property)) {
            if (types(s).contains("null")) {
                return true;
            }
            for (JsonNode v : s.path("enum")) {
                if (v.isNull()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema itself, or the members of its oneOf / anyOf. */
    private static List<JsonNode> alternatives(JsonNode schema) {
        List<JsonNode> all = new ArrayList<>(List.of(schema));
        for (String key : List.of("oneOf", "anyOf")) {
            schema.path(key).forEach(all::add);
        }
        return all;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        return types;
    }
}
