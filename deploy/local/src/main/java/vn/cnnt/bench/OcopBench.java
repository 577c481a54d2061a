package vn.cnnt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Council evaluations recorded per second (a real seeded scoring sheet, seven members each), then product list
 * latency once the ocop database holds 200 000 more products spread over ten provinces.
 */
public final class OcopBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The seeded fast-food sheet (category 05) under 148/QĐ-TTg as amended by 1489/QĐ-TTg. */
    private static final String FAST_FOOD_SHEET = "ea530692-6273-5dea-b28d-608e7f67f657";

    private static final String PROVINCES = "'01','04','08','19','31','46','48','75','79','92'";

    private OcopBench() {}

    public static void main(String[] args) throws Exception {
        Stack stack = Stack.read(Path.of(System.getProperty("cnnt.repository.root", ".")));
        String ocop = stack.service("ocop-service");
        String officer = stack.token("caobang-officer");
        String ministry = stack.token("ministry");

        List<String> products = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String producer = Stack.post(HTTP, ocop + "/api/v1/ocop/producers", officer, """
                    {"name":"HTX đo tải %d","kind":"COOPERATIVE","provinceCode":"04","registeredOn":"2023-05-10"}""".formatted(i));
            products.add(Stack.post(HTTP, ocop + "/api/v1/ocop/products", officer, """
                    {"name":"Miến dong đo tải %d","producerId":"%s","categoryCode":"05","provinceCode":"04","registeredOn":"2023-06-01"}""".formatted(i, producer)));
        }
        ArrayNode choices = bestChoices(ocop, officer);
        System.out.println("Evaluations recorded (POST /api/v1/ocop/evaluations, central council, 7 members, "
                + choices.size() + " criteria each)");
        for (int clients : new int[] {1, 8, 32}) {
            Load.run(
                            "record an evaluation",
                            clients,
                            Duration.ofSeconds(3),
                            Duration.ofSeconds(15),
                            (c, i) -> HttpRequest.newBuilder(URI.create(ocop + "/api/v1/ocop/evaluations"))
                                    .header("Authorization", "Bearer " + ministry)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(evaluation(
                                            products.get((int) ((c * 7919 + i) % products.size())), choices)))
                                    .build())
                    .print();
        }

        fillProducts(stack, 200_000);
        System.out.println("\nProduct lists with 200 000 more products:");
        String[] queries = {
            "province=04",
            "province=04&stars=4",
            "province=04&certificateStatus=VALID&category=05",
            "q=" + URLEncoder.encode("mien dong nguyen binh", StandardCharsets.UTF_8)
        };
        for (String query : queries) {
            for (int clients : new int[] {1, 16}) {
                Load.run(
                                "GET products?" + query,
                                clients,
                                Duration.ofSeconds(2),
                                Duration.ofSeconds(10),
                                (c, i) -> Stack.get(ocop + "/api/v1/ocop/products?" + query, officer))
                        .print();
            }
        }
    }

    /** One choice per criterion of the seeded sheet: its highest option, so that every mandatory minimum is met. */
    private static ArrayNode bestChoices(String ocop, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(
                Stack.get(ocop + "/api/v1/ocop/criteria-sets/" + FAST_FOOD_SHEET, token),
                HttpResponse.BodyHandlers.ofString());
        ArrayNode choices = JSON.createArrayNode();
        for (JsonNode part : JSON.readTree(r.body()).path("sheet").path("parts")) {
            for (JsonNode criterion : part.path("criteria")) {
                JsonNode best = null;
                for (JsonNode option : criterion.path("options")) {
                    if (best == null
                            || option.path("points")
                                            .decimalValue()
                                            .compareTo(best.path("points").decimalValue())
                                    > 0) {
                        best = option;
                    }
                }
                choices.addObject()
                        .put("criterion", criterion.path("code").asText())
                        .put("option", best.path("code").asText());
            }
        }
        if (choices.isEmpty()) {
            throw new IllegalStateException(
                    "criteria set " + FAST_FOOD_SHEET + " not found: " + r.statusCode() + " " + r.body());
        }
        return choices;
    }

    private static String evaluation(String product, ArrayNode choices) {
        ObjectNode body = JSON.createObjectNode()
                .put("productId", product)
                .put("criteriaSetId", FAST_FOOD_SHEET)
                .put("councilLevel", "CENTRAL")
                .put("round", "Đợt đo tải")
                .put("decisionNumber", "1/QĐ-BCT")
                .put("decisionDate", "2026-10-01");
        ArrayNode sheets = body.putArray("sheets");
        for (int member = 1; member <= 7; member++) {
            sheets.addObject().put("memberName", "Thành viên " + member).set("choices", choices);
        }
        return body.toString();
    }

    /** Bulk-loads producers and products straight into the ocop database, a third of them certified. */
    private static void fillProducts(Stack stack, int rows) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(
                        stack.json().get("postgresUrl").asText() + "/ocop", "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_province AS SELECT p, row_number() OVER () - 1 AS n FROM unnest(ARRAY["
                    + PROVINCES + "]) p");
            s.execute("""
                    INSERT INTO ocop_producer (id, name, kind, province_code, current_province_code, registered_on, search_text,
                                               created_at, version)
                    SELECT gen_random_uuid(), 'Hợp tác xã nạp sẵn ' || g, 'COOPERATIVE', p, p, date '2022-01-01',
                           'hop tac xa nap san ' || g, now(), 0
                    FROM generate_series(0, %d) g JOIN bench_province ON n = g %% 10""".formatted(rows / 100 - 1));
            s.execute("""
                    WITH producer AS (SELECT id, current_province_code, row_number() OVER () - 1 AS k
                                      FROM ocop_producer WHERE name LIKE 'Hợp tác xã nạp sẵn %%')
                    INSERT INTO ocop_product (id, name, producer_id, category_code, province_code, current_province_code,
                                              registered_on, stars, certificate_status, certificate_valid_until, search_text,
                                              created_at, version)
                    SELECT gen_random_uuid(), 'Sản phẩm nạp sẵn ' || g, producer.id, '05', producer.current_province_code,
                           producer.current_province_code, date '2022-03-01',
                           CASE WHEN g %% 3 = 0 THEN 3 + g %% 2 END, CASE WHEN g %% 3 = 0 THEN 'VALID' END,
                           CASE WHEN g %% 3 = 0 THEN date '2027-03-01' END, 'san pham nap san ' || g, now(), 0
                    FROM generate_series(0, %d) g JOIN producer ON producer.k = g / 100""".formatted(rows - 1));
            s.execute("ANALYZE ocop_producer");
            s.execute("ANALYZE ocop_product");
        }
        System.out.printf(
                "(loaded %,d products of %,d producers in %.1f s)%n",
                rows, rows / 100, (System.nanoTime() - start) / 1e9);
    }
}
