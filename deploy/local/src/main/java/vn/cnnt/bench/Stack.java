package vn.cnnt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

/** The running local stack as {@code deploy/local/target/stack.json} describes it. */
public record Stack(JsonNode json) {

    public static Stack read(Path root) throws IOException {
        return new Stack(new ObjectMapper().readTree(root.resolve("deploy/local/target/stack.json").toFile()));
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
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }
}
