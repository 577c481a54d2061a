package vn.cnnt.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alerts query series the services really export: every cnnt_* name they use is one
 * that service-kit registers with Micrometer (names read from its source, as Prometheus spells them).
 */
class DashboardAndAlertsTest {

    private static final Path DASHBOARD = Kustomize.MODULE.resolve("base/observability/dashboards/cnnt-services.json");
    private static final Path ALERTS = Kustomize.MODULE.resolve("base/observability/prometheus-rules.yaml");
    private static final Pattern SERIES = Pattern.compile("\\bcnnt_[a-z_]+");

    @Test
    void shouldShowWhatAnOperatorWatches() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());

        Set<String> titles = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> titles.add(panel.path("title").asText()));

        assertThat(titles)
                .anyMatch(t -> t.startsWith("Request rate"))
                .anyMatch(t -> t.startsWith("Error"))
                .anyMatch(t -> t.startsWith("Latency"))
                .anyMatch(t -> t.startsWith("Outbox backlog"))
                .anyMatch(t -> t.startsWith("Consumer lag"))
                .anyMatch(t -> t.startsWith("Dead letters"));
    }

    @Test
    void shouldQueryOnlySeriesTheServicesExport() throws IOException {
        Set<String> exported = exportedSeries();
        Set<String> queried = new TreeSet<>();
        for (Path file : new Path[] {DASHBOARD, ALERTS}) {
            Matcher series = SERIES.matcher(Files.readString(file));
            while (series.find()) {
                queried.add(series.group());
            }
        }

        assertThat(exported).as("meters registered by service-kit").isNotEmpty();
        assertThat(queried)
                .as("cnnt_* series used by the dashboard and the alerts")
                .isNotEmpty()
                .isSubsetOf(exported);
    }

    /** Micrometer meters of service-kit/data, as Prometheus names their series. */
    private static Set<String> exportedSeries() throws IOException {
        Pattern timer = Pattern.compile("Timer\\.builder\\(\"(cnnt\\.[a-z.]+)\"");
        Pattern gauge = Pattern.compile("Gauge\\.builder\\(\"(cnnt\\.[a-z.]+)\"");
        Pattern counter = Pattern.compile("(?:Counter\\.builder|\\.counter)\\(\"(cnnt\\.[a-z.]+)\"");
        Set<String> series = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Kustomize.REPOSITORY.resolve("service-kit"))) {
            for (Path source : sources.filter(
                            p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/"))
                    .toList()) {
                String code = Files.readString(source);
                timer.matcher(code)
                        .results()
                        .map(m -> prometheus(m.group(1)) + "_seconds")
                        .forEach(name -> series.addAll(Set.of(name, name + "_count", name + "_sum", name + "_max")));
                gauge.matcher(code).results().forEach(m -> series.add(prometheus(m.group(1))));
                counter.matcher(code).results().forEach(m -> series.add(prometheus(m.group(1)) + "_total"));
            }
        }
        return series;
    }

    private static String prometheus(String meter) {
        return meter.replace('.', '_');
    }
}
