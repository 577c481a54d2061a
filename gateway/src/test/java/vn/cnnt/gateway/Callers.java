package vn.cnnt.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import vn.cnnt.kit.testing.Tokens;

/** Requests as the suite's callers make them. */
public final class Callers {

    private Callers() {}

    /** A Cao Bằng (04) officer whose client id is {@code user}: each user is its own rate-limited client. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user, "04", "officer", "viewer"));
    }

    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token);
    }

    /** After a test stopped or slowed services: every route answers again (open circuits have closed). */
    public static void awaitEveryRouteWorking() {
        FakeServices.resetAll();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (String prefix : new String[] {"plans", "funding", "ocop", "clusters"}) {
                        as("recovery-probe")
                                .when()
                                .get("/api/v1/" + prefix + "/ping")
                                .then()
                                .statusCode(200);
                    }
                });
    }
}
