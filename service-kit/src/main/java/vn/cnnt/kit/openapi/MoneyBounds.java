package vn.cnnt.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.cnnt.kit.money.Vnd;

/**
 * Documents the bound of {@link Vnd} on every money property: a JSON property named {@code …Vnd} (the convention of
 * every money figure) of integer type gets {@code minimum: 0} (-10^15 for a change, {@code …DeltaVnd}) and
 * {@code maximum: 1000000000000000}, also inside maps
 * ({@code bySourceVnd}) and arrays. smallrye-openapi reads {@code @Min}/{@code @Max} only where they are written, not
 * through a composed constraint such as {@code @Vnd}; an explicit {@code @Schema(maximum = …)} is kept.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MoneyBounds implements OASFilter {

    public static final BigDecimal MINIMUM = BigDecimal.ZERO;
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(Vnd.MAX);

    /** A change of a figure ({@code deltaVnd}, {@code committedDeltaVnd}) is signed: from -10^15. */
    static BigDecimal leastOf(String property) {
        if (!property.endsWith("Vnd")) {
            return null;
        }
        return property.equals("deltaVnd") || property.endsWith("DeltaVnd") ? MAXIMUM.negate() : MINIMUM;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> walk(s, null, seen));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(op -> {
                        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                            op.getRequestBody()
                                    .getContent()
                                    .getMediaTypes()
                                    .values()
                                    .forEach(m -> walk(m.getSchema(), null, seen));
                        }
                        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                            op.getResponses().getAPIResponses().values().stream()
                                    .filter(r -> r.getContent() != null)
                                    .forEach(r -> r.getContent()
                                            .getMediaTypes()
                                            .values()
                                            .forEach(m -> walk(m.getSchema(), null, seen)));
                        }
                    }));
        }
    }

    /** @param minimum the least value of a money property (0, or -10^15 for a change), null for anything else */
    private static void walk(Schema schema, BigDecimal minimum, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (minimum != null && isInteger(schema)) {
            if (schema.getMinimum() == null) {
                schema.setMinimum(minimum);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(MAXIMUM);
            }
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> walk(property, leastOf(name), seen));
        }
        walk(schema.getItems(), minimum, seen);
        walk(schema.getAdditionalPropertiesSchema(), minimum, seen);
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(s -> walk(s, minimum, seen));
            }
        }
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }
}
