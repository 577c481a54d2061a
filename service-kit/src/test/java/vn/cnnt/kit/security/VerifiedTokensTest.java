package vn.cnnt.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final KeyPair KEYS = keys();

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = Instant.now();
    /** Small, so that the bound is reached with a few signed tokens (the service's is VerifiedTokens.CAPACITY). */
    private static final int CAPACITY = 16;

    private final VerifiedTokens tokens = new VerifiedTokens(
            counting(),
            new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            },
            CAPACITY);

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemoryUntilItExpires() throws Exception {
        String token = sign(Instant.now().plusSeconds(300));
        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        assertThat(second.getGroups()).containsExactly("viewer");

        now = Instant.ofEpochSecond(first.getExpirationTime()); // its exp has come: verified again, in full
        JsonWebToken third = tokens.parse(token);
        assertThat(verifications).hasValue(2);
        assertThat(third).isNotSameAs(first);
    }

    @Test
    void aTokenAlteredInAnyByteIsVerifiedAndRefused() throws Exception {
        String token = sign(Instant.now().plusSeconds(300));
        tokens.parse(token);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void anExpiredTokenIsRefusedAndNeverRemembered() throws Exception {
        String token = sign(Instant.now().minusSeconds(120));
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theMemoryIsBounded() throws Exception {
        for (int i = 0; i < CAPACITY * 3; i++) {
            tokens.parse(sign(Instant.now().plusSeconds(300 + i)));
            assertThat(tokens.size()).isBetween(1, CAPACITY);
        }
    }

    @Test
    void ourClaimsAndTheStandardOnesReadAsSmallRyeReadsThem() throws Exception {
        JWTAuthContextInfo settings = new JWTAuthContextInfo(KEYS.getPublic(), "test-issuer");
        String token = sign(Instant.now().plusSeconds(300), "04");
        JsonWebToken ours = new DefaultJWTParser(settings, new VerifiedTokens.Principals()).parse(token);
        JsonWebToken theirs = new DefaultJWTParser(settings).parse(token);

        assertThat(ours).isInstanceOf(VerifiedTokens.Principal.class);
        VerifiedTokens.Principal principal = (VerifiedTokens.Principal) ours;
        assertThat(principal.getClaimType("province")).isEqualTo(Claims.UNKNOWN);
        assertThat(principal.getClaimType("exp")).isEqualTo(Claims.exp);
        assertThat((String) ours.getClaim("province")).isEqualTo("04");
        for (String name : theirs.getClaimNames()) {
            assertThat((Object) ours.getClaim(name)).as(name).isEqualTo(theirs.getClaim(name));
        }
        assertThat(ours.getClaimNames()).isEqualTo(theirs.getClaimNames());
        assertThat(ours.getName()).isEqualTo("someone");
        assertThat(ours.getGroups()).containsExactly("viewer");
        assertThat(ours.getExpirationTime()).isEqualTo(theirs.getExpirationTime());
        assertThat(ours.getRawToken()).isEqualTo(token);
    }

    private DefaultJWTParser counting() {
        JWTAuthContextInfo settings = new JWTAuthContextInfo(KEYS.getPublic(), "test-issuer");
        return new DefaultJWTParser(settings) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
    }

    private static String sign(Instant expiry) throws Exception {
        return sign(expiry, null);
    }

    private static String sign(Instant expiry, String province) throws Exception {
        JwtClaims claims = new JwtClaims();
        if (province != null) {
            claims.setClaim("province", province);
        }
        claims.setIssuer("test-issuer");
        claims.setSubject("someone");
        claims.setIssuedAtToNow();
        claims.setClaim("exp", expiry.getEpochSecond());
        claims.setClaim("groups", List.of("viewer"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEYS.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
