package vn.cnnt.kit.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/**
 * The database goes away under the service (every connection is cut, as by a restart or a failover): requests get a
 * 503 problem with Retry-After, never a 500, and the service recovers by itself.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DatabaseUnavailableTest {

    @Test
    void shouldAnswerABrokenConnectionWithAServiceUnavailableProblemAndRecoverWithoutRestart() throws Exception {
        given().post("/test/projection/" + UUID.randomUUID()).then().statusCode(204);
        given().get("/test/projection").then().statusCode(200);
        given().get("/test/projection").then().statusCode(200);

        cutEveryConnectionOfTheService();

        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(
                    i % 2 == 0
                            ? given().get("/test/projection")
                            : given().post("/test/projection/" + UUID.randomUUID()));
        }
        assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 200 || s == 204 || s == 503);
        assertThat(answers).extracting(Response::statusCode).contains(503);
        assertThat(answers).filteredOn(r -> r.statusCode() == 503).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
            assertThat(r.header("Retry-After")).matches("[1-9][0-9]*");
        });
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/test/projection").then().statusCode(200));
        given().post("/test/projection/" + UUID.randomUUID()).then().statusCode(204);
    }

    /** pg_terminate_backend on every connection of the service's database: what a restart does to a pool. */
    private static void cutEveryConnectionOfTheService() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection admin = DriverManager.getConnection(
                        RealInfrastructure.postgresUrl("postgres"), "postgres", "postgres");
                PreparedStatement cut = admin.prepareStatement(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            cut.setString(1, database);
            var rs = cut.executeQuery();
            rs.next();
            assertThat(rs.getLong(1)).as("connections cut").isPositive();
        }
    }
}
