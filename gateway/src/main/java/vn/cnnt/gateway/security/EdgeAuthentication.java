package vn.cnnt.gateway.security;

import io.quarkus.vertx.web.RouteFilter;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;
import vn.cnnt.gateway.GatewayConfig;
import vn.cnnt.gateway.edge.ClientIdentity;
import vn.cnnt.gateway.edge.Preflight;
import vn.cnnt.gateway.edge.ProblemReplies;
import vn.cnnt.gateway.ratelimit.RateLimits;
import vn.cnnt.kit.problem.ProblemType;
import vn.cnnt.kit.security.Roles;

/**
 * Validates the bearer token of every non-public {@code /api/} request before anything is forwarded: signature,
 * issuer, audience, expiry and algorithm (the configured RS256 only, so {@code alg: none} and HS256 fail), through
 * SmallRye JWT's parser and the same {@code mp.jwt.verify.*} settings as the services. The token travels on unchanged,
 * for each service checks it again and scopes by its claims.
 */
@Singleton
public class EdgeAuthentication {

    private static final Logger LOG = Logger.getLogger(EdgeAuthentication.class);
    private static final String BEARER = "Bearer ";
    private static final Pattern AMBIGUOUS = Pattern.compile("[;\\\\]|%(2[fF]|5[cC]|25|00)|\\p{Cntrl}");
    /** A C0 control character or DEL, raw or percent-encoded: no path of the gateway (API, portal, probes) holds one. */
    private static final Pattern CONTROL = Pattern.compile("%([01][0-9a-fA-F]|7[fF])|\\p{Cntrl}");

    private final JWTParser parser;
    private final PublicPaths publicPaths;
    private final RateLimits rateLimits;

    EdgeAuthentication(JWTParser parser, GatewayConfig config, RateLimits rateLimits) {
        this.parser = parser;
        this.rateLimits = rateLimits;
        this.publicPaths = new PublicPaths(config.auth().publicPaths());
    }

    @RouteFilter(2000)
    void authenticate(RoutingContext rc) {
        String path = rc.normalizedPath();
        // Before any handler sees it: a static one (the docs portal's files) would otherwise fail on a NUL with a 500.
        if (CONTROL.matcher(rc.request().path()).find()) {
            refuse(rc, ProblemType.MALFORMED_REQUEST, "The path must not contain control characters or NUL");
            return;
        }
        if (!path.startsWith("/api/") || Preflight.is(rc.request())) {
            rc.next();
            return;
        }
        // Routing uses the normalized path and the proxy forwards the raw one: refuse any difference, so a service
        // is only ever asked for the path that was checked here.
        if (!path.equals(rc.request().path())) {
            refuse(
                    rc,
                    ProblemType.MALFORMED_REQUEST,
                    "The path must not contain dot segments or encoded unreserved characters");
            return;
        }
        // What a service (or a proxy before it) may read as another path than the one checked here: matrix parameters
        // (";", which some servers strip with what follows, "..;"), backslashes, encoded slashes, backslashes, percent
        // signs (double encoding) and NUL. The API never needs them in a path.
        if (AMBIGUOUS.matcher(path).find()) {
            refuse(
                    rc,
                    ProblemType.MALFORMED_REQUEST,
                    "The path must not contain ';', '\\' or encoded '/', '\\', '%' or NUL");
            return;
        }
        if (publicPaths.matches(rc.request().method().name(), path)) {
            rc.next();
            return;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthenticated(rc, "A bearer token is required (Authorization: Bearer <token>)");
            return;
        }
        JsonWebToken token;
        try {
            token = parser.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            LOG.debugf(e, "token refused on %s", path);
            unauthenticated(
                    rc,
                    hasExpired(e)
                            ? "The bearer token has expired"
                            : "The bearer token is invalid (signature, issuer, audience or algorithm)");
            return;
        }
        if (token.getGroups() == null || token.getGroups().stream().noneMatch(Roles.ALL::contains)) {
            refuse(
                    rc,
                    ProblemType.FORBIDDEN,
                    "The token carries none of the suite's roles "
                            + Roles.ALL.stream().sorted().toList());
            return;
        }
        ClientIdentity.of(token).attachTo(rc);
        rc.next();
    }

    private void unauthenticated(RoutingContext rc, String detail) {
        refuse(rc, ProblemType.UNAUTHENTICATED, detail);
    }

    /**
     * A refusal still counts against the caller's address (the rate-limit filter after this one never sees it): a
     * client sending junk or forged tokens is limited like any other, and gets the rate-limit headers.
     */
    private void refuse(RoutingContext rc, ProblemType type, String detail) {
        if (!rateLimits.admitAnonymous(rc)) {
            return;
        }
        if (type.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ProblemReplies.send(rc, type, detail);
    }

    private static boolean hasExpired(ParseException e) {
        return e.getCause() instanceof InvalidJwtException invalid && invalid.hasExpired();
    }
}
