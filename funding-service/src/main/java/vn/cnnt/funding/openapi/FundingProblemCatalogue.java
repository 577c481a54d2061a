package vn.cnnt.funding.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import vn.cnnt.funding.FundingProblems;
import vn.cnnt.funding.beneficiary.service.BeneficiaryService;
import vn.cnnt.kit.openapi.ProblemCatalogue;
import vn.cnnt.kit.problem.ProblemType;

/** This service's problem types in its OpenAPI document (see {@link ProblemCatalogue}). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FundingProblemCatalogue implements OASFilter {

    private final ProblemCatalogue catalogue = new ProblemCatalogue(
            "/api/v1/funding",
            Stream.concat(
                            FundingProblems.ALL.stream(),
                            Stream.of(BeneficiaryService.DUPLICATE_TAX_CODE, ProblemType.PROVINCE_NOT_YOURS))
                    .toList());

    @Override
    public Operation filterOperation(Operation operation) {
        return catalogue.document(operation);
    }
}
