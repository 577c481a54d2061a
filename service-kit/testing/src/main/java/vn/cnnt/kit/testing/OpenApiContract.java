package vn.cnnt.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed OpenAPI document of a module ({@code src/main/openapi/openapi.yaml}) is the contract integrators
 * generate their clients from: a test fails when the served document drifts from it, so that every change of the API is
 * visible in review. {@code -Dopenapi.update=true} rewrites the committed file from the served one instead.
 */
public final class OpenApiContract {

    /** The committed document, relative to the module (the working directory of its tests). */
    public static final Path COMMITTED = Path.of("src", "main", "openapi", "openapi.yaml");

    /** The system property that rewrites the committed document. */
    public static final String UPDATE = "openapi.update";

    private OpenApiContract() {}

    /**
     * Compares the served document (YAML, as {@code /q/openapi} serves it) with the committed one, or rewrites the
     * committed one when {@value #UPDATE} is true.
     */
    public static void assertCommitted(String served) throws IOException {
        String document = served.endsWith("\n") ? served : served + "\n";
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, document, StandardCharsets.UTF_8);
            return;
        }
        assertThat(COMMITTED)
                .as("the committed OpenAPI document; create it with ./mvnw -pl <module> -am verify "
                        + "-Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true")
                .exists();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(document)) {
            throw new AssertionError("The served OpenAPI document differs from " + COMMITTED + " ("
                    + firstDifference(committed, document)
                    + "). If the change of the API is intended, regenerate the file and review its diff: "
                    + "./mvnw -pl <module> -am verify -Dtest=OpenApiContractTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true");
        }
    }

    static String firstDifference(String committed, String served) {
        List<String> a = committed.lines().toList();
        List<String> b = served.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of document>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left.strip() + "', served '" + right.strip() + "'";
            }
        }
        return "line endings";
    }
}
