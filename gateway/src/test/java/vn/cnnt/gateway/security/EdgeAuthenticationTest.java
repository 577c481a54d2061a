package vn.cnnt.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.cnnt.gateway.Callers.withToken;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cnnt.gateway.FakeServices;
import vn.cnnt.gateway.GatewayTestResource;
import vn.cnnt.kit.testing.RealInfrastructure;
import vn.cnnt.kit.testing.Tokens;
import vn.cnnt.kit.tokens.JwtMinter;

@QuarkusTest
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EdgeAuthenticationTest {

    private static final JwtMinter TRUSTED = RealInfrastructure.minter();

    @BeforeEach
    void countFromZero() {
        FakeServices.resetAll();
    }

    @Test
    void shouldRefuseARequestWithoutToken() {
        given().when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthenticated"))
                .body("detail", equalTo("A bearer token is required (Authorization: Bearer <token>)"))
                .body("instance", equalTo("/api/v1/funding/envelopes"))
                .body("requestId", notNullValue());
        assertThat(FakeServices.funding().takeReceived()).isZero();
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String expired = TRUSTED.claims("late", "04", "officer")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(TRUSTED.privateKey());

        withToken(expired)
                .when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The bearer token has expired"));
        assertThat(FakeServices.funding().takeReceived()).isZero();
    }

    static String[] forgedTokens() {
        JwtMinter stranger = new JwtMinter(JwtMinter.newKeyPair());
        String valid = Tokens.officer("04");
        String[] parts = valid.split("\\.");
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        return new String[] {
            stranger.token("officer-04", "04", "officer"),
            TRUSTED.claims("officer-04", "04", "officer")
                    .issuer("https://idp.elsewhere")
                    .sign(TRUSTED.privateKey()),
            TRUSTED.claims("officer-04", "04", "officer")
                    .audience("another-api")
                    .sign(TRUSTED.privateKey()),
            unsigned,
            // Algorithm confusion: HMAC keyed with the (public) RSA key the gateway trusts.
            TRUSTED.claims("officer-04", "04", "officer")
                    .jws()
                    .algorithm(SignatureAlgorithm.HS256)
                    .signWithSecret(TRUSTED.publicKeyPem() + TRUSTED.publicKeyPem()),
            "not-a-jwt",
        };
    }

    @ParameterizedTest(name = "forged token #{index}")
    @MethodSource("forgedTokens")
    void shouldRefuseATokenWithWrongSignatureIssuerAudienceOrAlgorithm(String token) {
        withToken(token)
                .when()
                .get("/api/v1/funding/envelopes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"))
                .body("detail", equalTo("The bearer token is invalid (signature, issuer, audience or algorithm)"));
        assertThat(FakeServices.funding().takeReceived()).isZero();
    }

    @Test
    void shouldForbidAValidTokenWithoutAnyRoleOfTheSuite() {
        withToken(Tokens.of("shopper", "04", "guest"))
                .when()
                .get("/api/v1/plans")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        assertThat(FakeServices.plans().takeReceived()).isZero();
    }

    @Test
    void shouldPassAValidTokenOnUnchangedForTheServiceToCheckAgain() {
        String token = Tokens.approver("04");

        withToken(token).when().get("/api/v1/plans").then().statusCode(200);

        assertThat(FakeServices.plans().lastHeader("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void shouldLetAShopperVerifyACertificateWithoutToken() {
        given().when()
                .get("/api/v1/ocop/certificates/OCOP-04-2025-0001/verification")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/ocop/certificates/OCOP-04-2025-0001/verification"));
        given().when()
                .post("/api/v1/ocop/certificates/OCOP-04-2025-0001/verification")
                .then()
                .statusCode(401);
        given().when().get("/api/v1/ocop/certificates/OCOP-04-2025-0001").then().statusCode(401);
    }

    @Test
    void shouldServeHealthDocsAndReferenceDataWithoutToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/api/v1/reference/provinces").then().statusCode(200);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
