package vn.cnnt.kit.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.Concurrently;
import vn.cnnt.kit.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class IdempotentTest {

    @Test
    void shouldReplayTheFirstResultForARetryWithTheSameKey() {
        String counter = fresh();

        Response first = add(counter, "k-1", 7);
        Response retry = add(counter, "k-1", 7);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getLong("total")).isEqualTo(7);
        assertThat(total(counter)).isEqualTo(7);
    }

    @Test
    void shouldRefuseAKeyReusedForAnotherRequestAndWriteNothing() {
        String counter = fresh();
        add(counter, "k-2", 5);

        Response other = add(counter, "k-2", 6);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.jsonPath().getString("type")).isEqualTo("/problems/idempotency-key-reused");
        assertThat(total(counter)).isEqualTo(5);
    }

    @Test
    void shouldApplyConcurrentRetriesOnce() throws Exception {
        String counter = fresh();

        List<Response> answers =
                Concurrently.run(Collections.nCopies(8, (Callable<Response>) () -> add(counter, "k-3", 11)));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(r -> r.jsonPath().getLong("total")).containsOnly(11L);
        assertThat(answers)
                .filteredOn(r -> r.header("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(total(counter)).isEqualTo(11);
    }

    @Test
    void shouldApplyEveryCallWithoutAKey() {
        String counter = fresh();

        add(counter, null, 2);
        add(counter, null, 2);

        assertThat(total(counter)).isEqualTo(4);
    }

    @Test
    void shouldRefuseAnUnusableKey() {
        String counter = fresh();

        Response tooLong = add(counter, "k".repeat(201), 1);

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.jsonPath().getString("errors[0].field")).isEqualTo(IdempotencyKey.HEADER);
        assertThat(total(counter)).isZero();
    }

    @Test
    void shouldReplayAnAnswerStoredBeforeTheLastStatement() {
        String counter = fresh();

        Response first = addCapped(counter, "k-5", 4, 10);
        Response retry = addCapped(counter, "k-5", 4, 10);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getLong("total")).isEqualTo(4);
        assertThat(total(counter)).isEqualTo(4);
    }

    @Test
    void shouldKeepNoEarlyAnswerOfACallThatFailedAfterIt() {
        String counter = fresh();
        add(counter, null, 8);

        Response refused = addCapped(counter, "k-6", 4, 10);
        Response retry = addCapped(counter, "k-6", 4, 10);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(retry.statusCode()).isEqualTo(422);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(total(counter)).isEqualTo(8);
    }

    private static Response addCapped(String counter, String key, long amount, long cap) {
        var request = given().queryParam("amount", amount).queryParam("cap", cap);
        if (key != null) {
            request.header(IdempotencyKey.HEADER, key);
        }
        return request.post("/test/counters/" + counter + "/capped");
    }

    private static String fresh() {
        return "counter-" + UUID.randomUUID();
    }

    private static Response add(String counter, String key, long amount) {
        var request = given().queryParam("amount", amount);
        if (key != null) {
            request.header(IdempotencyKey.HEADER, key);
        }
        return request.post("/test/counters/" + counter);
    }

    private static long total(String counter) {
        return Long.parseLong(given().get("/test/counters/" + counter).asString());
    }
}
