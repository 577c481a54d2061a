package vn.cnnt.ocop.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cnnt.kit.openapi.ProblemResponses;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.units.AdministrativeUnits;
import vn.cnnt.ocop.OcopProblems;

/**
 * Turns the problem slugs an operation lists in an error response's description (e.g. {@code "invalid-transition,
 * conflict"}) into a problem+json response with one named example per problem type, so every kind of error of every
 * operation is catalogued in the OpenAPI document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OcopProblemCatalogue implements OASFilter {

    private static final Map<String, ProblemType> KNOWN = Stream.of(OcopProblems.ALL.stream(),
                    ProblemResponses.COMMON.values().stream(), Stream.of(AdministrativeUnits.UNKNOWN_PROVINCE))
            .flatMap(s -> s)
            .collect(Collectors.toMap(ProblemType::slug, t -> t, (a, b) -> a, LinkedHashMap::new));

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(OcopProblemCatalogue::document);
        }
        return operation;
    }

    private static void document(APIResponse response) {
        if (response.getRef() != null || response.getDescription() == null || response.getContent() != null) {
            return;
        }
        var types = Stream.of(response.getDescription().split(",")).map(String::strip).map(KNOWN::get).toList();
        if (types.isEmpty() || types.contains(null)) {
            return;
        }
        var media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        types.forEach(t -> media.addExample(t.slug(), OASFactory.createExample().summary(t.title())
                .value(Map.of("type", t.uri(), "title", t.title(), "status", t.status(), "detail", "…", "instance", "/api/v1/ocop/…"))));
        response.description(types.stream().map(t -> "`" + t.uri() + "` " + t.title()).collect(Collectors.joining("; ")))
                .content(OASFactory.createContent().addMediaType("application/problem+json", media));
    }
}
