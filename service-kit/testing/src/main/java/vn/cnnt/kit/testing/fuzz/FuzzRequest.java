package vn.cnnt.kit.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * One generated request: what it changed ({@code mutation}) says why it is hostile. {@code resource} is the path of the
 * record whose current ETag its If-Match must carry (null when it sends none of its own making).
 */
public record FuzzRequest(
        String operation,
        String mutation,
        String method,
        String target,
        Map<String, String> headers,
        byte[] body,
        JsonNode jsonBody,
        String token,
        String resource) {

    /** The same request with {@code If-Match: etag}. */
    FuzzRequest withIfMatch(String etag) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put("If-Match", etag);
        return new FuzzRequest(operation, mutation, method, target, h, body, jsonBody, token, resource);
    }

    /** The path template of the operation ({@code /api/v1/plans/{id}}). */
    String template() {
        return operation.substring(operation.indexOf(' ') + 1);
    }

    HttpRequest toHttp(URI base) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceFirst("/$", "") + target))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return builder.method(method, publisher).build();
    }

    @Override
    public String toString() {
        String shown = body == null
                ? ""
                : new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
        return operation + " [" + mutation + "] " + method + " "
                + (target.length() <= 200 ? target : target.substring(0, 200) + "…") + " " + headersShown() + " "
                + shown;
    }

    private String headersShown() {
        StringBuilder b = new StringBuilder();
        headers.forEach((k, v) -> {
            if (!k.equals("Authorization")) {
                b.append(k)
                        .append(": ")
                        .append(v.length() <= 60 ? v : v.substring(0, 60) + "…")
                        .append("; ");
            }
        });
        return b.toString();
    }
}
