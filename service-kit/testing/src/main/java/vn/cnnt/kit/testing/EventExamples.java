package vn.cnnt.kit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event example files a producer keeps in its {@code META-INF/events} (run from a module's directory, beside the
 * producer's). Consumers test against the producer's AsyncAPI document instead: {@code asyncapi.ProducerMessages}.
 */
public final class EventExamples {

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
