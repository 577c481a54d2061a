package vn.cnnt.plans.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies for plans: {@code aPlan().inProvince("04").build()}; each gets a fresh document number. The defaults
 * are illustrative (minh họa), not a province's real plan: no signer is invented.
 */
public final class PlanBuilder {

    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> tasks = new ArrayList<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    private PlanBuilder() {
        body.put("kind", "PLAN");
        body.put("title", "Kế hoạch khuyến công năm 2024 (minh họa)");
        body.put("provinceCode", "04");
        body.put("documentNumber", NUMBERS.incrementAndGet() + "/KH-UBND");
        body.put("issuingAuthority", "UBND tỉnh Cao Bằng");
        body.put("signer", null);
        body.put("issuedOn", "2024-01-22");
        body.put("periodFrom", 2024);
        body.put("periodTo", 2024);
    }

    public static PlanBuilder aPlan() {
        return new PlanBuilder();
    }

    public PlanBuilder with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public PlanBuilder inProvince(String code, String issuedOn) {
        return with("provinceCode", code).with("issuedOn", issuedOn);
    }

    public PlanBuilder period(int from, int to) {
        return with("periodFrom", from).with("periodTo", to);
    }

    public PlanBuilder task(String code, String category) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("code", code);
        task.put("title", "Nhiệm vụ " + code);
        task.put("category", category);
        task.put("leadAgency", "Sở Công Thương");
        task.put("coordinatingAgencies", List.of("Sở Tài chính"));
        task.put("targets", List.of());
        tasks.add(task);
        return this;
    }

    public PlanBuilder target(String indicator, String unit, int value, Integer year) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("indicator", indicator);
        target.put("unit", unit);
        target.put("targetValue", value);
        target.put("year", year);
        @SuppressWarnings("unchecked")
        List<Object> targets = new ArrayList<>((List<Object>) tasks.getLast().get("targets"));
        targets.add(target);
        tasks.getLast().put("targets", targets);
        return this;
    }

    public PlanBuilder line(int year, String source, String taskCode, Object amountVnd) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("year", year);
        line.put("source", source);
        line.put("taskCode", taskCode);
        line.put("amountVnd", amountVnd);
        lines.add(line);
        return this;
    }

    /** A line for the whole period of the plan (no year). */
    public PlanBuilder wholePeriodLine(String source, String taskCode, Object amountVnd) {
        line(0, source, taskCode, amountVnd);
        lines.getLast().put("year", null);
        return this;
    }

    /** OTHER money from a programme (lồng ghép). */
    public PlanBuilder otherLine(int year, String programme, String programmeName, Object amountVnd) {
        line(year, "OTHER", null, amountVnd);
        lines.getLast().put("programme", programme);
        lines.getLast().put("programmeName", programmeName);
        return this;
    }

    /** Sets a field of the last funding line added. */
    public PlanBuilder lineWith(String field, Object value) {
        lines.getLast().put(field, value);
        return this;
    }

    /** Sets a field of the last task added. */
    public PlanBuilder taskWith(String field, Object value) {
        tasks.getLast().put(field, value);
        return this;
    }

    /** An OCOP target counted from certificates: at least minStars, NEW or CUMULATIVE. */
    public PlanBuilder ocopTarget(String indicator, int value, Integer year, int minStars, String count) {
        target(indicator, "sản phẩm", value, year);
        @SuppressWarnings("unchecked")
        List<Object> targets = (List<Object>) tasks.getLast().get("targets");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) targets.getLast();
        last.put("ocop", Map.of("minStars", minStars, "count", count));
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> built = new LinkedHashMap<>(body);
        built.put("tasks", tasks);
        built.put("fundingLines", lines);
        return built;
    }

    /** Posts the plan with the token and returns the response (201 expected by callers that check). */
    public Response postAs(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(build())
                .post("/api/v1/plans");
    }
}
