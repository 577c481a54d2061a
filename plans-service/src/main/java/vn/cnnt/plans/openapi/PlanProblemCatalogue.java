package vn.cnnt.plans.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import vn.cnnt.kit.openapi.ProblemCatalogue;
import vn.cnnt.plans.PlanProblems;

/** This service's problem types in its OpenAPI document (see {@link ProblemCatalogue}). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PlanProblemCatalogue implements OASFilter {

    private final ProblemCatalogue catalogue = new ProblemCatalogue("/api/v1/plans", PlanProblems.ALL);

    @Override
    public Operation filterOperation(Operation operation) {
        return catalogue.document(operation);
    }
}
