package vn.cnnt.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders a kustomization with {@code kubectl kustomize}, which works offline (no API server). */
final class Kustomize {

    /** The module's directory: Surefire runs the tests there. */
    static final Path MODULE = Path.of("").toAbsolutePath();

    static final Path REPOSITORY = MODULE.resolve("../..").normalize();

    private Kustomize() {}

    /**
     * Renders an overlay as an operator would after writing its site.env: a copy of base, components and
     * overlays in target/ with the test settings of src/test/resources/site/&lt;overlay&gt;.env.
     */
    static String renderWithSite(String overlay) {
        Path copy = workingCopy(overlay);
        try {
            Files.copy(
                    MODULE.resolve("src/test/resources/site").resolve(overlay + ".env"),
                    copy.resolve("overlays").resolve(overlay).resolve("site.env"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the site.env of " + overlay, e);
        }
        return render(copy.resolve("overlays").resolve(overlay));
    }

    /** A fresh copy of base, components and overlays (without any site.env) under target/kustomize/name. */
    static Path workingCopy(String name) {
        Path copy = MODULE.resolve("target/kustomize").resolve(name);
        try {
            if (Files.exists(copy)) {
                try (Stream<Path> old = Files.walk(copy)) {
                    for (Path path :
                            old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (String tree : List.of("base", "components", "overlays")) {
                Path from = MODULE.resolve(tree);
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path source : files.toList()) {
                        Path target = copy.resolve(tree)
                                .resolve(from.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(target);
                        } else if (!source.getFileName().toString().equals("site.env")) {
                            Files.copy(source, target);
                        }
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy the manifests to " + copy, e);
        }
    }

    static String render(Path kustomization) {
        Path kubectl = kubectl();
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomization.toString())
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            "kubectl kustomize " + kustomization + " did not finish in 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + kustomization + " failed:\n"
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + kustomization, e);
        }
    }

    /** kubectl from KUBECTL, else the PATH, else /usr/bin; a clear failure when there is none. */
    private static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)), Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("kubectl is required to render the Kustomize overlays "
                        + "(`kubectl kustomize`, client 1.27 or newer); install it or set KUBECTL to its path"));
    }
}
