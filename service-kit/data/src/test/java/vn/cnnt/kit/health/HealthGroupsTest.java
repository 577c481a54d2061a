package vn.cnnt.kit.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/**
 * Readiness is about serving the API (the database), never about Kafka, whose state has a group of its own. (The
 * fault suite in deploy/local stops and hangs a real broker and checks readiness stays 200.)
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class HealthGroupsTest {

    @Test
    void shouldKeepKafkaOutOfReadinessAndLivenessAndReportItInTheMessagingGroup() {
        var ready = given().get("/q/health/ready").then().statusCode(200).extract();
        List<String> checks = ready.jsonPath().getList("checks.name", String.class);
        assertThat(checks).anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
        assertThat(checks).noneSatisfy(name -> assertThat(name).containsIgnoringCase("kafka"));
        // The messaging extension keeps an (always UP) readiness check, but no Kafka channel reports into it.
        assertThat(ready.body().asString()).doesNotContain("test-in");
        assertThat(given().get("/q/health/live").then().extract().body().asString())
                .as("the channels still report their failures to liveness")
                .contains("test-in");

        var messaging = given().get("/q/health/group/messaging")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(messaging.getList("checks.name", String.class)).contains("kafka and outbox");
        assertThat(messaging.getInt("checks.find { it.name == 'kafka and outbox' }.data.brokers"))
                .isEqualTo(1);
    }
}
