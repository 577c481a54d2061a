package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ConcurrentEditTest {

    @Test
    void shouldLetOneOfTwoConcurrentEditsWinAndTellTheOther412() throws Exception {
        String officer = Tokens.officer("04");
        String id = Plans.create(PlanBuilder.aPlan(), officer);
        String etag = Plans.etag(id, officer);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String title = "Phiên bản " + i;
            edits.add(() -> given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(PlanBuilder.aPlan().with("title", title).build()).put("/api/v1/plans/" + id).statusCode());
        }
        List<Integer> statuses = Concurrently.run(edits);

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat((Integer) Plans.get(id, officer).then().extract().path("version")).isEqualTo(1);
    }
}
