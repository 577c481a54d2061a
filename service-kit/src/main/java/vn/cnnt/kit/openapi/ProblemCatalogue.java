package vn.cnnt.kit.openapi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.units.AdministrativeUnits;

/**
 * Turns the problem slugs an operation lists in an error response's description (e.g. {@code "invalid-transition,
 * conflict"}) into a problem+json response with one named example per problem type, so every kind of error of every
 * operation is catalogued in the OpenAPI document. Each service calls it from its own build-time
 * {@code @OpenApiFilter} (a filter class that only inherits {@link OASFilter} is not run).
 */
public final class ProblemCatalogue {

    private final Map<String, ProblemType> known;
    private final String instance;

    /**
     * @param apiPath the service's API root, e.g. {@code /api/v1/plans}, for the examples' {@code instance}
     * @param serviceProblems the service's own problem types, besides the common ones
     */
    public ProblemCatalogue(String apiPath, Collection<ProblemType> serviceProblems) {
        this.known = Stream.of(
                        serviceProblems.stream(),
                        ProblemResponses.COMMON.values().stream(),
                        Stream.of(AdministrativeUnits.UNKNOWN_PROVINCE, ProblemType.IDEMPOTENCY_KEY_REUSED))
                .flatMap(s -> s)
                .collect(Collectors.toMap(ProblemType::slug, t -> t, (a, b) -> a, LinkedHashMap::new));
        this.instance = apiPath + "/…";
    }

    /** Documents the problem responses of {@code operation}; for {@link OASFilter#filterOperation}. */
    public Operation document(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(this::document);
        }
        return operation;
    }

    private void document(APIResponse response) {
        if (response.getRef() != null || response.getDescription() == null || response.getContent() != null) {
            return;
        }
        var types = Stream.of(response.getDescription().split(","))
                .map(String::strip)
                .map(known::get)
                .toList();
        if (types.isEmpty() || types.contains(null)) {
            return;
        }
        var media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        types.forEach(t -> media.addExample(
                t.slug(), OASFactory.createExample().summary(t.title()).value(ProblemResponses.example(t, instance))));
        response.description(types.stream()
                        .map(t -> "`" + t.uri() + "` " + t.title())
                        .collect(Collectors.joining("; ")))
                .content(OASFactory.createContent().addMediaType("application/problem+json", media));
    }
}
