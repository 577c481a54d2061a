package vn.cnnt.cluster.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import vn.cnnt.cluster.ClusterProblems;
import vn.cnnt.kit.openapi.ProblemCatalogue;

/** This service's problem types in its OpenAPI document (see {@link ProblemCatalogue}). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClusterProblemCatalogue implements OASFilter {

    private final ProblemCatalogue catalogue = new ProblemCatalogue("/api/v1/clusters", ClusterProblems.ALL);

    @Override
    public Operation filterOperation(Operation operation) {
        return catalogue.document(operation);
    }
}
