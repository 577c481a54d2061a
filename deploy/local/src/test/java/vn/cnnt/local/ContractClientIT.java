package vn.cnnt.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cnnt.client.plans.ApiClient;
import vn.cnnt.client.plans.ApiResponse;
import vn.cnnt.client.plans.api.PlansApi;
import vn.cnnt.client.plans.model.Approval;
import vn.cnnt.client.plans.model.FundingLineRequest;
import vn.cnnt.client.plans.model.FundingSource;
import vn.cnnt.client.plans.model.HistoryEntryPage;
import vn.cnnt.client.plans.model.Plan;
import vn.cnnt.client.plans.model.PlanKind;
import vn.cnnt.client.plans.model.PlanRequest;
import vn.cnnt.client.plans.model.PlanStatus;
import vn.cnnt.client.plans.model.Submission;

/**
 * An integrator's first flow, with the Java client openapi-generator makes of the committed plans document
 * (plans-service/src/main/openapi/openapi.yaml, generated and compiled by this module's build): create a plan, submit
 * and approve it, read it back and read its history, all through the gateway.
 */
@ExtendWith(RunningStack.class)
class ContractClientIT {

    private static PlansApi plansAs(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningStack.gateway());
        String token = RunningStack.token(user);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new PlansApi(client);
    }

    @Test
    void shouldCreateApproveAndReadAPlanWithTheGeneratedClient() throws Exception {
        PlansApi officer = plansAs("caobang-officer");
        PlansApi approver = plansAs("caobang-approver");
        PlanRequest request = new PlanRequest()
                .kind(PlanKind.PLAN)
                .title("Kế hoạch khuyến công tỉnh Cao Bằng năm 2026 (client)")
                .provinceCode("04")
                .documentNumber(ThreadLocalRandom.current().nextInt(1, 999_999) + "/KH-UBND")
                .issuingAuthority("UBND tỉnh Cao Bằng")
                .issuedOn(LocalDate.of(2026, 1, 20))
                .periodFrom(2026)
                .periodTo(2026)
                .fundingLines(List.of(new FundingLineRequest()
                        .year(2026)
                        .source(FundingSource.LOCAL)
                        .amountVnd(500_000_000L)));

        ApiResponse<Plan> created = officer.createPlanWithHttpInfo(request);
        assertThat(created.getStatusCode()).isEqualTo(201);
        Plan draft = created.getData();
        UUID id = draft.getId();
        assertThat(created.getHeaders().get("location"))
                .singleElement()
                .satisfies(
                        location -> assertThat(URI.create(location).getPath()).endsWith("/api/v1/plans/" + id));
        assertThat(draft.getStatus()).isEqualTo(PlanStatus.DRAFT);

        Plan submitted = officer.submitPlan(id, "\"" + draft.getVersion() + "\"", new Submission());
        Plan approved = approver.approvePlan(id, "\"" + submitted.getVersion() + "\"", new Approval());
        assertThat(approved.getStatus()).isEqualTo(PlanStatus.APPROVED);

        ApiResponse<Plan> read = officer.getPlanWithHttpInfo(id);
        assertThat(read.getData().getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(read.getData().getTitle()).isEqualTo(request.getTitle());
        assertThat(read.getHeaders().get("etag")).containsExactly("\"" + approved.getVersion() + "\"");

        HistoryEntryPage history = officer.getPlanHistory(id, null, null);
        assertThat(history.getItems()).extracting(e -> e.getAction()).contains("APPROVED");
        assertThat(history.getItems().getLast().getChanges()).containsKey("status");
        assertThat(history.getItems().getLast().getChanges().get("status").getTo())
                .isEqualTo("APPROVED");
    }
}
