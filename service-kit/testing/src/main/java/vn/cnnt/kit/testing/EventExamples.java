package vn.cnnt.kit.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event examples a producer publishes in its {@code META-INF/events}, for a consumer's contract tests (run from the
 * consumer module's directory, beside the producer's).
 */
public final class EventExamples {

    /** Reads an example as a consumer does: fields it does not know are ignored, so a producer may add some. */
    public static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventExamples() {}

    /** The producer's example files whose event type starts with one of the prefixes; all of them without one. */
    public static List<Path> of(String producer, String... typePrefixes) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", producer, "src/main/resources/META-INF/events"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".example.json"))
                    .filter(p -> typePrefixes.length == 0
                            || Arrays.stream(typePrefixes)
                                    .anyMatch(p.getFileName().toString()::startsWith))
                    .sorted()
                    .toList();
        }
    }
}
