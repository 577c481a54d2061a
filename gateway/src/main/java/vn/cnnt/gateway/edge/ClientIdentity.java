package vn.cnnt.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a validated token speaks for: set by authentication, read by later edge filters (rate limits). */
public record ClientIdentity(String clientId) {

    private static final String KEY = "cnnt.client";

    /** The OAuth client ({@code client_id}) of machine tokens, else the subject. */
    public static ClientIdentity of(JsonWebToken token) {
        String clientId = token.getClaim("client_id");
        return new ClientIdentity(clientId != null && !clientId.isBlank() ? clientId : token.getSubject());
    }

    public void attachTo(RoutingContext rc) {
        rc.put(KEY, this);
    }

    /** The identity of an authenticated request; null on public paths. */
    public static ClientIdentity of(RoutingContext rc) {
        return rc.get(KEY);
    }
}
