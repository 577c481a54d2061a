package vn.cnnt.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Dockerfiles cannot be built here (no container engine), so they are read: a pinned base image, a
 * non-root user, and COPY sources that `package` really produces in the service's target/quarkus-app.
 */
class DockerfilesTest {

    static final List<String> SERVICES = KafkaClients.SERVICES;

    private static final Pattern ARG_DEFAULT = Pattern.compile("^ARG\\s+(\\w+)=(\\S+)$");

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void shouldStartFromAPinnedBaseAndRunAsNonRoot(String service) {
        List<String> lines = instructions(service);

        String from = lines.stream()
                .filter(l -> l.startsWith("FROM "))
                .findFirst()
                .orElseThrow()
                .substring(5)
                .trim();
        String image = resolveArgs(from, lines);
        assertThat(image)
                .as("base image of %s", service)
                .matches("[^:@]+(/[^:@]+)*[:@].+")
                .doesNotEndWith(":latest");
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElseThrow()
                .substring(5)
                .trim();
        // Numeric, so that the kubelet can verify runAsNonRoot without looking into the image.
        assertThat(user).as("USER of %s", service).matches("[0-9]+(:[0-9]+)?").doesNotStartWith("0");
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("quarkus-run.jar"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void shouldCopyOnlyWhatPackageProduces(String service) throws IOException {
        Path context = Kustomize.REPOSITORY.resolve(service);
        assumeTrue(
                Files.isDirectory(context.resolve("target/quarkus-app")),
                service + " is not packaged (run the build from the repository root)");

        List<String> sources = instructions(service).stream()
                .filter(l -> l.startsWith("COPY "))
                .map(l -> l.split("\\s+"))
                .map(words -> words[words.length - 2])
                .toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat(source).startsWith("target/quarkus-app/");
            assertThat(matching(context, source))
                    .as("files matching %s in %s", source, context)
                    .isPositive();
        });
    }

    /** The Dockerfile's instructions, continuation lines joined and comments dropped. */
    private static List<String> instructions(String service) {
        Path dockerfile = Kustomize.MODULE.resolve("images").resolve(service).resolve("Dockerfile");
        try {
            String joined = Files.readString(dockerfile).replaceAll("\\\\\\n", " ");
            return joined.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("no Dockerfile for " + service + " at " + dockerfile, e);
        }
    }

    private static String resolveArgs(String value, List<String> lines) {
        String resolved = value;
        for (String line : lines) {
            Matcher arg = ARG_DEFAULT.matcher(line);
            if (arg.matches()) {
                resolved = resolved.replace("${" + arg.group(1) + "}", arg.group(2))
                        .replace("$" + arg.group(1), arg.group(2));
            }
        }
        return resolved;
    }

    private static long matching(Path context, String source) throws IOException {
        String relative = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        if (!relative.contains("*")) {
            return Files.exists(context.resolve(relative)) ? 1 : 0;
        }
        var glob = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        Path directory = context.resolve(relative).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(context::relativize).filter(glob::matches).count();
        }
    }
}
