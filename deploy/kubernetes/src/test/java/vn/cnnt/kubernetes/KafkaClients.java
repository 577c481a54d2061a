package vn.cnnt.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each service does with Kafka, read from its application.properties: the topic its outbox publishes to
 * (cnnt.outbox.topic), the topics its channels read and the dead-letter topics it writes to (explicit, or
 * {@code <topic>.dlq}, the convention of service-kit's failure strategy).
 */
record KafkaClients(String service, Set<String> produces, Set<String> consumes, Set<String> deadLetters) {

    static final List<String> SERVICES =
            List.of("gateway", "plans-service", "funding-service", "ocop-service", "cluster-service");

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern OUTGOING_TOPIC = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.topic");

    static List<KafkaClients> ofRepository(Path repository) {
        List<KafkaClients> clients = new ArrayList<>();
        for (String service : SERVICES) {
            Properties properties =
                    load(repository.resolve(service).resolve("src/main/resources/application.properties"));
            Set<String> produces = new TreeSet<>();
            Set<String> consumes = new TreeSet<>();
            Set<String> deadLetters = new TreeSet<>();
            if (properties.getProperty("cnnt.outbox.topic") != null) {
                produces.add(properties.getProperty("cnnt.outbox.topic").trim());
            }
            for (String key : properties.stringPropertyNames()) {
                Matcher incoming = INCOMING_TOPIC.matcher(key);
                if (incoming.matches()) {
                    String topic = properties.getProperty(key).trim();
                    consumes.add(topic);
                    String dlq = properties.getProperty(
                            "mp.messaging.incoming." + incoming.group(1) + ".dead-letter-queue.topic", topic + ".dlq");
                    deadLetters.add(dlq.trim());
                }
                if (OUTGOING_TOPIC.matcher(key).matches()) {
                    produces.add(properties.getProperty(key).trim());
                }
            }
            if (!produces.isEmpty() || !consumes.isEmpty()) {
                clients.add(new KafkaClients(service, produces, consumes, deadLetters));
            }
        }
        return List.copyOf(clients);
    }

    Set<String> topics() {
        Set<String> all = new TreeSet<>(produces);
        all.addAll(consumes);
        all.addAll(deadLetters);
        return all;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        // Profile-specific keys (%test.x) do not apply in a cluster.
        properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("%"))
                .forEach(properties::remove);
        return properties;
    }
}
