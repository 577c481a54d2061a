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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The one Dockerfile of every service (images/Dockerfile, the service chosen by the build argument SERVICE)
 * cannot be built here (no container engine), so it is read: a base image pinned by digest, a non-root user,
 * a JVM that exits when out of memory, and COPY sources that `package` really produces in each service's
 * target/quarkus-app and that the build context's ignore file lets through.
 */
class DockerfilesTest {

    static final List<String> SERVICES = KafkaClients.SERVICES;

    private static final Path IMAGES = Kustomize.MODULE.resolve("images");
    private static final Pattern ARG_DEFAULT = Pattern.compile("^ARG\\s+(\\w+)=(\\S+)$");

    @Test
    void shouldBeOneDockerfileForEveryService() throws IOException {
        try (Stream<Path> files = Files.walk(IMAGES)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("Dockerfile")))
                    .containsExactly(IMAGES.resolve("Dockerfile"));
        }
        assertThat(instructions()).contains("ARG SERVICE");
    }

    @Test
    void shouldStartFromABaseImagePinnedByDigestAndRunAsNonRoot() {
        List<String> lines = instructions();

        String from = lines.stream()
                .filter(l -> l.startsWith("FROM "))
                .findFirst()
                .orElseThrow()
                .substring(5)
                .trim();
        assertThat(resolveArgs(from, lines))
                .as("base image")
                .matches("[^:@]+(/[^:@]+)*:[\\w.-]+@sha256:[0-9a-f]{64}")
                .doesNotContain(":latest");
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElseThrow()
                .substring(5)
                .trim();
        // Numeric, so that the kubelet can verify runAsNonRoot without looking into the image.
        assertThat(user).as("USER").matches("[0-9]+(:[0-9]+)?").doesNotStartWith("0");
        assertThat(lines).anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("quarkus-run.jar"));
        assertThat(lines)
                .anyMatch(l -> l.startsWith("ENV JDK_JAVA_OPTIONS") && l.contains("-XX:+ExitOnOutOfMemoryError"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void shouldCopyOnlyWhatPackageProduces(String service) throws IOException {
        Path repository = Kustomize.REPOSITORY;
        assumeTrue(
                Files.isDirectory(repository.resolve(service).resolve("target/quarkus-app")),
                service + " is not packaged (run the build from the repository root)");

        List<String> sources = instructions().stream()
                .filter(l -> l.startsWith("COPY "))
                .map(l -> l.split("\\s+"))
                .map(words -> words[words.length - 2])
                .toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat(source).startsWith("${SERVICE}/target/quarkus-app/");
            String path = source.replace("${SERVICE}", service);
            assertThat(matching(repository, path))
                    .as("files matching %s in %s", path, repository)
                    .isPositive();
        });
    }

    @Test
    void shouldSendOnlyThePackagedServicesAsBuildContext() throws IOException {
        List<String> ignore = Files.readAllLines(IMAGES.resolve("Dockerfile.dockerignore")).stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();

        assertThat(ignore).containsExactly("*", "!*/target/quarkus-app/");
    }

    /** The Dockerfile's instructions, continuation lines joined and comments dropped. */
    private static List<String> instructions() {
        Path dockerfile = IMAGES.resolve("Dockerfile");
        try {
            String joined = Files.readString(dockerfile).replaceAll("\\\\\\n", " ");
            return joined.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("no Dockerfile at " + dockerfile, e);
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
