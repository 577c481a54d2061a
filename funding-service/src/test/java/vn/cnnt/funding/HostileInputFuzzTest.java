package vn.cnnt.funding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.testing.fuzz.FuzzReport;
import vn.cnnt.kit.testing.fuzz.OpenApiFuzz;

/**
 * Requests generated from this service's OpenAPI document, each with one hostile change: no 5xx, no error that is not
 * a problem with its request id, no money figure read back changed; afterwards the province's summary is still the sum
 * of its allocations and projects read one by one. Province 11 (Điện Biên) is used by no other test.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class HostileInputFuzzTest {

    private static final String PROVINCE = "11";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The statuses whose money the summary counts (SummaryRepository). */
    private static final Set<String> COUNTED = Set.of("APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED");

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerEveryGeneratedRequestWithAProblemOrSuccessAndKeepFigures() throws Exception {
        FuzzReport report = OpenApiFuzz.checkEveryBuild(
                base,
                PROVINCE,
                List.of(
                        Tokens.officer(PROVINCE),
                        Tokens.approver(PROVINCE),
                        Tokens.viewer(PROVINCE),
                        Tokens.ministry()));
        assertThat(report.answered(2)).as("requests answered 2xx").isPositive();

        JsonNode total = read(Funding.API + "/summary?province=" + PROVINCE).path("total");
        long allocated = 0;
        for (JsonNode listed : all(Funding.API + "/allocations?province=" + PROVINCE)) {
            String id = listed.path("id").asText();
            JsonNode allocation = read(Funding.API + "/allocations/" + id);
            allocated += allocation.path("allocatedVnd").asLong();
            assertThat(read(Funding.API + "/allocations/" + id + "/reconciliation")
                            .path("reconciled")
                            .asBoolean())
                    .as("allocation %s reconciles with its journal and projects", id)
                    .isTrue();
        }
        long[] projects = new long[6];
        for (JsonNode listed : all(Funding.API + "/projects?province=" + PROVINCE)) {
            JsonNode project =
                    read(Funding.API + "/projects/" + listed.path("id").asText());
            if (COUNTED.contains(project.path("status").asText())) {
                boolean settled = project.path("status").asText().equals("SETTLED");
                projects[0] += settled
                        ? project.path("settledVnd").asLong()
                        : project.path("budget").path("supportVnd").asLong();
                projects[1] += project.path("disbursedVnd").asLong();
                projects[2] += project.path("acceptedVnd").asLong();
                projects[3] += project.path("settledVnd").asLong(0);
                projects[4] += project.path("budget").path("counterpartVnd").asLong();
                projects[5] += project.path("budget").path("otherVnd").asLong();
            }
        }
        assertThat(total.path("allocatedVnd").asLong()).as("allocated").isEqualTo(allocated);
        assertThat(total.path("committedVnd").asLong()).as("committed").isEqualTo(projects[0]);
        assertThat(total.path("disbursedVnd").asLong()).as("disbursed").isEqualTo(projects[1]);
        assertThat(total.path("acceptedVnd").asLong()).as("accepted").isEqualTo(projects[2]);
        assertThat(total.path("settledVnd").asLong()).as("settled").isEqualTo(projects[3]);
        assertThat(total.path("counterpartVnd").asLong()).as("counterpart").isEqualTo(projects[4]);
        assertThat(total.path("otherVnd").asLong()).as("other").isEqualTo(projects[5]);
    }

    /** Every item of a paged list, page by page. */
    private static List<JsonNode> all(String list) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = read(list + "&pageSize=100" + (next == null ? "" : "&pageToken=" + next));
            page.path("items").forEach(items::add);
            next = page.path("nextPageToken").isTextual()
                    ? page.get("nextPageToken").asText()
                    : null;
        } while (next != null);
        return items;
    }

    private static JsonNode read(String path) throws Exception {
        return JSON.readTree(given().auth()
                .oauth2(Tokens.approver(PROVINCE))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
