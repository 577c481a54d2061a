package vn.cnnt.gateway.security;

import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * Authentication at the edge ({@code gateway.auth.*}). Only paths under {@code /api/} need a token; the landing page,
 * the docs portal, OpenAPI documents and health never do. The token itself is checked against the standard
 * {@code mp.jwt.verify.*} keys (public key or its location, issuer, audience, RS256).
 */
public interface AuthConfig {

    /**
     * Paths under {@code /api/} open without a token: {@code /pattern} for any method, {@code GET /pattern} for one;
     * {@code *} stands for one path segment, a trailing {@code /**} for any rest. The defaults are the paths the
     * services themselves serve without a token (reference data, OCOP categories, regimes and criteria sets, the
     * public certificate verification), so that the gateway answers them as the services and their documents do.
     */
    @WithDefault("/api/v1/reference/**,GET /api/v1/ocop/certificates/*/verification,GET /api/v1/status,"
            + "GET /api/v1/ocop/categories,GET /api/v1/ocop/regimes,GET /api/v1/ocop/criteria-sets,"
            + "GET /api/v1/ocop/criteria-sets/*")
    List<String> publicPaths();
}
