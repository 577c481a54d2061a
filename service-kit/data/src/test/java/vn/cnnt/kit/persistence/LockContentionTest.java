package vn.cnnt.kit.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;

/** A request that PostgreSQL picks as a deadlock's victim gets a problem it may retry, never a 500. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class LockContentionTest {

    @Test
    void shouldAnswerTheDeadlocksVictimWithAServiceUnavailableProblem() throws Exception {
        List<Response> answers = Concurrently.run(List.<Callable<Response>>of(
                () -> given().post("/test/locks/41/42"), () -> given().post("/test/locks/42/41")));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(204, 503);
        Response victim =
                answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
        assertThat(victim.contentType()).startsWith("application/problem+json");
        assertThat(victim.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
        assertThat(victim.header("Retry-After")).isEqualTo("1");
    }
}
