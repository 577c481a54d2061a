package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.plans.plan.repository.PlanRepository;

/**
 * The read paths load a plan read only and whole (its tasks fetched with it, its funding lines in one more query) or
 * only the summary columns of a list, and answer exactly what the write paths answer for the same plan. A plan's answer
 * is rendered once per version: every read asks for the version first, and scoping is checked on every read.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PlanReadTest {

    private static final String OFFICER = Tokens.officer("04");
    private static final String APPROVER = Tokens.approver("04");

    @Inject
    PlanRepository plans;

    @Inject
    EntityManager em;

    private static PlanBuilder planWithTasksOutOfCodeOrder() {
        return PlanBuilder.aPlan()
                .period(2024, 2025)
                .task("3", "OCOP")
                .target("Sản phẩm OCOP", "sản phẩm", 5, 2024)
                .task("1", "TRADE_PROMOTION")
                .task("2", "TECHNOLOGY_AND_MACHINERY")
                .line(2025, "LOCAL", "2", 300_000_000L)
                .line(2024, "NATIONAL", "3", 900_000_000L)
                .wholePeriodLine("COUNTERPART", null, 150_000_000L)
                .line(2024, "LOCAL", "1", 200_000_000L);
    }

    @Test
    void shouldReadAPlanExactlyAsItsCreationAnsweredIt() {
        Map<String, Object> created = planWithTasksOutOfCodeOrder()
                .postAs(OFFICER)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        String id = (String) created.get("id");

        Map<String, Object> read = Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath()
                .getMap("");

        // The creation answered its instants with nanoseconds; the database keeps microseconds.
        assertThat(withoutInstants(read)).isEqualTo(withoutInstants(created));
        assertThat(read.get("tasks"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("code")
                .containsExactly("3", "1", "2");
        assertThat(read.get("fundingLines"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("taskCode")
                .containsExactly("2", "3", null, "1");
        Map<String, Object> versions = given().auth()
                .oauth2(OFFICER)
                .get("/api/v1/plans/" + id + "/versions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) versions.get("items");
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().get("content")).isEqualTo(read);
    }

    private static Map<String, Object> withoutInstants(Map<String, Object> plan) {
        Map<String, Object> rest = new HashMap<>(plan);
        assertThat(rest.remove("createdAt")).isNotNull();
        assertThat(rest.remove("updatedAt")).isNotNull();
        return rest;
    }

    @Test
    void shouldLoadThePlanReadOnlyWithItsTasksAndTheirLinesWithoutAnotherQuery() {
        UUID id = UUID.fromString(Plans.create(planWithTasksOutOfCodeOrder(), OFFICER));

        QuarkusTransaction.requiringNew().run(() -> {
            Plan plan = plans.readWithTasks(id).orElseThrow();
            List<FundingLine> lines = plans.fundingLines(id);
            Session session = em.unwrap(Session.class);

            assertThat(Hibernate.isInitialized(plan.tasks)).isTrue();
            assertThat(plan.tasks).extracting(t -> t.code).containsExactly("3", "1", "2");
            assertThat(session.isReadOnly(plan)).isTrue();
            assertThat(plan.tasks).allMatch(session::isReadOnly);
            assertThat(lines)
                    .extracting(l -> l.amountVnd)
                    .containsExactly(300_000_000L, 900_000_000L, 150_000_000L, 200_000_000L);
            assertThat(lines).allMatch(session::isReadOnly);
            // Each line's task is the task already loaded with the plan, not a proxy to be read again.
            assertThat(lines.stream().filter(l -> l.task != null).map(l -> l.task))
                    .allMatch(task -> plan.tasks.stream().anyMatch(t -> t == task));
        });
    }

    @Test
    void shouldListEachPlanAsItsSummaryWithItsFundingTotal() {
        String id = Plans.create(planWithTasksOutOfCodeOrder(), OFFICER);
        Map<String, Object> plan = Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        Map<String, Object> page = given().auth()
                .oauth2(OFFICER)
                .queryParam("documentNumber", plan.get("documentNumber"))
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        assertThat(page.get("items"))
                .isEqualTo(List.of(Map.ofEntries(
                        Map.entry("id", id),
                        Map.entry("version", 0),
                        Map.entry("kind", "PLAN"),
                        Map.entry("title", plan.get("title")),
                        Map.entry("provinceCode", "04"),
                        Map.entry("currentProvinceCode", plan.get("currentProvinceCode")),
                        Map.entry("documentNumber", plan.get("documentNumber")),
                        Map.entry("issuedOn", "2024-01-22"),
                        Map.entry("periodFrom", 2024),
                        Map.entry("periodTo", 2025),
                        Map.entry("status", "DRAFT"),
                        Map.entry("totalVnd", 1_550_000_000))));
    }

    @Test
    void shouldListOnlyThePlansThatEveryFilterMatches() {
        String word = "loc" + UUID.randomUUID().toString().substring(0, 8);
        String scheme = Plans.create(
                PlanBuilder.aPlan()
                        .with("kind", "SCHEME")
                        .with("title", "Đề án phát triển " + word)
                        .period(2025, 2030),
                OFFICER);
        String plan = Plans.create(
                PlanBuilder.aPlan()
                        .with("title", "Kế hoạch khuyến công " + word)
                        .period(2021, 2024),
                OFFICER);

        assertThat(listed(Map.of("q", word))).containsExactlyInAnyOrder(scheme, plan);
        assertThat(listed(Map.of("q", word, "kind", "SCHEME"))).containsExactly(scheme);
        assertThat(listed(Map.of("q", word, "status", "DRAFT"))).containsExactlyInAnyOrder(scheme, plan);
        assertThat(listed(Map.of("q", word, "status", "APPROVED"))).isEmpty();
        assertThat(listed(Map.of("q", word, "periodFrom", 2025))).containsExactly(scheme);
        assertThat(listed(Map.of("q", word, "periodTo", 2024))).containsExactly(plan);
        assertThat(listed(Map.of("q", word, "province", "04", "periodFrom", 2021, "periodTo", 2030)))
                .containsExactlyInAnyOrder(scheme, plan);
        assertThat(listed(Map.of("q", word, "province", "01"))).isEmpty();
    }

    private static List<String> listed(Map<String, Object> filters) {
        return given().auth()
                .oauth2(OFFICER)
                .queryParams(filters)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    @Test
    void shouldSendTheAnswerRenderedForAVersionUntilTheVersionChanges() {
        String id = Plans.create(planWithTasksOutOfCodeOrder(), OFFICER);
        String title = Plans.get(id, OFFICER).then().statusCode(200).extract().path("title");

        // A change that does not raise the version (none of the service's writes makes one) is not seen...
        sql("UPDATE plan SET title = 'Đổi ngoài dịch vụ' WHERE id = :id", id);
        Plans.get(id, OFFICER).then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo(title));

        // ...and once it is raised, the next read renders the plan again: the version read first decides, every time.
        sql("UPDATE plan SET version = version + 1 WHERE id = :id", id);
        Plans.get(id, OFFICER)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("title", equalTo("Đổi ngoài dịch vụ"));
    }

    @Test
    void shouldCheckWhoMaySeeThePlanOnEveryRead() {
        String id = Plans.create(planWithTasksOutOfCodeOrder(), OFFICER);
        Plans.get(id, OFFICER).then().statusCode(200);

        Plans.get(id, Tokens.officer("75")).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        Plans.get(id, Tokens.ministry()).then().statusCode(200).body("id", equalTo(id));
        Plans.get(UUID.randomUUID().toString(), OFFICER).then().statusCode(404);
    }

    @Test
    void shouldListTheFundingTotalOfThePlanAsItsLinesAreNow() {
        PlanBuilder plan = PlanBuilder.aPlan().line(2024, "LOCAL", null, 300_000_000L);
        String id = Plans.create(plan, OFFICER);
        assertThat(listedTotal(id)).isEqualTo(300_000_000L);

        // The draft's funding table replaced (its lines deleted, then inserted again with one more).
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .header("If-Match", Plans.etag(id, OFFICER))
                .body(plan.line(2024, "NATIONAL", null, 200_000_000L).build())
                .put("/api/v1/plans/" + id)
                .then()
                .statusCode(200);
        assertThat(listedTotal(id)).isEqualTo(500_000_000L);

        Plans.approve(id, OFFICER, APPROVER);
        Plans.amend(id, APPROVER, plan.line(2024, "LOCAL", null, 1_000_000_000L).build())
                .then()
                .statusCode(200);
        long detailTotal = ((Number) Plans.get(id, OFFICER).then().extract().path("totals.totalVnd")).longValue();
        assertThat(detailTotal).isEqualTo(1_500_000_000L);
        assertThat(listedTotal(id)).isEqualTo(detailTotal);
    }

    /** The plan's total as the list shows it. */
    private static long listedTotal(String id) {
        String number = Plans.get(id, OFFICER).then().extract().path("documentNumber");
        return ((Number) given().auth()
                        .oauth2(OFFICER)
                        .queryParam("documentNumber", number)
                        .get("/api/v1/plans")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .extract()
                        .path("items[0].totalVnd"))
                .longValue();
    }

    private void sql(String statement, String id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement)
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
    }
}
