package vn.cnnt.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the service's committed AsyncAPI document (its events: {@code src/main/asyncapi/asyncapi.yaml}, packaged as
 * {@code META-INF/asyncapi/asyncapi.yaml}) at {@code /q/asyncapi}, beside {@code /q/openapi}: YAML, or JSON with
 * {@code ?format=json} (what the gateway's docs portal reads). A service that publishes no events has no document and
 * no route.
 */
@Singleton
public class AsyncApiDocument {

    static final String RESOURCE = "META-INF/asyncapi/asyncapi.yaml";

    private final byte[] yaml;
    private final byte[] json;

    AsyncApiDocument() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            this.yaml = in == null ? null : in.readAllBytes();
            this.json = yaml == null ? null : new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + RESOURCE, e);
        }
    }

    void install(@Observes Router router) {
        if (yaml != null) {
            router.get("/q/asyncapi").handler(this::serve);
        }
    }

    private void serve(RoutingContext rc) {
        boolean asJson = "json".equalsIgnoreCase(rc.request().getParam("format"));
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json" : "application/yaml;charset=UTF-8")
                .end(Buffer.buffer(asJson ? json : yaml));
    }
}
