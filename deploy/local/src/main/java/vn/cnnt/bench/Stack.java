package vn.cnnt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The running local stack as {@code deploy/local/target/stack.json} describes it. */
public record Stack(JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Stack read(Path root) throws IOException {
        return new Stack(
                JSON.readTree(root.resolve("deploy/local/target/stack.json").toFile()));
    }

    public String gateway() {
        return json.get("gatewayUrl").asText();
    }

    public String service(String module) {
        return json.get("services").get(module).asText();
    }

    public String token(String user) {
        return json.get("tokens").get(user).asText();
    }

    public static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    /** POSTs a JSON body with the bearer token, requires 201 Created, and returns the {@code id} of the answer. */
    public static String post(HttpClient http, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode id = JSON.readTree(r.body()).path("id");
        if (!id.isTextual() || id.asText().isEmpty()) {
            throw new IllegalStateException(url + " answered 201 without an id: " + r.body());
        }
        return id.asText();
    }
}
