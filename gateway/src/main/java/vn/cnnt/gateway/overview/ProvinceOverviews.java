package vn.cnnt.gateway.overview;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.cnnt.gateway.GatewayConfig;
import vn.cnnt.gateway.routing.Upstream;
import vn.cnnt.gateway.routing.UpstreamFailure;
import vn.cnnt.gateway.routing.Upstreams;
import vn.cnnt.kit.units.ProvinceUnit;

/**
 * Composes a province overview from the services' own read endpoints, called in parallel with the caller's token (so
 * each service applies its own scoping) through their circuit breakers. A part never fails the whole: it comes back
 * marked unavailable with the reason.
 */
@Singleton
public class ProvinceOverviews {

    private static final int PAGE_SIZE = 500;

    private final Upstreams upstreams;
    private final Duration timeout;
    private final int maxPlanPages;

    ProvinceOverviews(Upstreams upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.timeout = config.overview().timeout();
        this.maxPlanPages = config.overview().maxPlanPages();
    }

    public Future<ProvinceOverview> compose(ProvinceUnit province, Integer year, MultiMap headers) {
        String code = province.code();
        String years = year == null ? "" : "&periodFrom=" + year + "&periodTo=" + year;
        Future<Part> plans = part("plans", countPlans("province=" + code + years, headers));
        Future<Part> funding = part(
                "funding",
                upstreams
                        .get("funding")
                        .getJson(
                                "/api/v1/funding/summary?province=" + code + (year == null ? "" : "&year=" + year),
                                headers,
                                timeout)
                        .map(JsonObject::getMap));
        Future<Part> ocop = part(
                "ocop",
                upstreams
                        .get("ocop")
                        .getJson("/api/v1/ocop/statistics?province=" + code, headers, timeout)
                        .map(JsonObject::getMap));
        Future<Part> clusters = part(
                "cluster",
                upstreams
                        .get("cluster")
                        .getJson("/api/v1/clusters/statistics?province=" + code, headers, timeout)
                        .map(JsonObject::getMap));
        return Future.all(plans, funding, ocop, clusters)
                .map(all -> new ProvinceOverview(
                        code,
                        province.name(),
                        year,
                        plans.result().available()
                                && funding.result().available()
                                && ocop.result().available()
                                && clusters.result().available(),
                        plans.result(),
                        funding.result(),
                        ocop.result(),
                        clusters.result()));
    }

    private Future<Part> part(String service, Future<?> data) {
        Upstream upstream = upstreams.get(service);
        return data.map(Part::of)
                .otherwise(failure ->
                        Part.unavailable(UpstreamFailure.of(upstream, failure).detail()));
    }

    /** The plans service has no statistics endpoint: count its list by status, page by page. */
    private Future<Map<String, Object>> countPlans(String filter, MultiMap headers) {
        Map<String, Long> byStatus = new TreeMap<>();
        return planPage(filter, null, 1, headers, byStatus).map(complete -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put(
                    "total",
                    byStatus.values().stream().mapToLong(Long::longValue).sum());
            data.put("byStatus", byStatus);
            if (!complete) {
                data.put("truncatedAfter", (long) maxPlanPages * PAGE_SIZE);
            }
            return data;
        });
    }

    private Future<Boolean> planPage(
            String filter, String pageToken, int page, MultiMap headers, Map<String, Long> byStatus) {
        String uri = "/api/v1/plans?" + filter + "&pageSize=" + PAGE_SIZE
                + (pageToken == null ? "" : "&pageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8));
        return upstreams.get("plans").getJson(uri, headers, timeout).compose(json -> {
            JsonArray items = json.getJsonArray("items", new JsonArray());
            for (int i = 0; i < items.size(); i++) {
                byStatus.merge(items.getJsonObject(i).getString("status", "UNKNOWN"), 1L, Long::sum);
            }
            String next = json.getString("nextPageToken");
            if (next == null || next.isEmpty()) {
                return Future.succeededFuture(true);
            }
            return page >= maxPlanPages
                    ? Future.succeededFuture(false)
                    : planPage(filter, next, page + 1, headers, byStatus);
        });
    }
}
