package vn.cnnt.kit.tokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Mints RS256 bearer tokens with the suite's claims, for tests and for the local stack's demo users. */
public final class JwtMinter {

    public static final String ISSUER = "cnnt-local";
    public static final String AUDIENCE = "cnnt-api";

    private final KeyPair keys;

    public JwtMinter(KeyPair keys) {
        this.keys = keys;
    }

    /** A minter from PEM keys (PKCS#8 private key, X.509 public key). */
    public static JwtMinter fromPem(String privatePem, String publicPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            return new JwtMinter(new KeyPair(publicKey, privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA key in PEM", e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key in PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public PrivateKey privateKey() {
        return keys.getPrivate();
    }

    /** A token valid for an hour; {@code province} null for ministry users. */
    public String token(String user, String province, String... roles) {
        return claims(user, province, roles).sign(keys.getPrivate());
    }

    public String token(String user, String province, Duration validFor, String... roles) {
        return claims(user, province, roles)
                .expiresAt(Instant.now().plus(validFor))
                .sign(keys.getPrivate());
    }

    /** The claims of a valid token, for tests that spoil one part (issuer, audience, expiry, key). */
    public JwtClaimsBuilder claims(String user, String province, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .upn(user)
                .groups(Set.of(roles))
                .claim("client_id", user)
                .expiresIn(Duration.ofHours(1));
        if (province != null) {
            claims.claim("province", province);
        }
        return claims;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
