package vn.cnnt.kit.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * The bearer-token parser of every service and of the gateway, which remembers the tokens it has verified: a client
 * sends the same token with each request, and checking its RS256 signature again each time cost more CPU than the
 * rest of a read. A token is answered from memory only while it has not expired (its {@code exp}, by this process'
 * clock, without the parser's grace); the key is the whole compact token, signature included, so a token altered in any
 * byte is a different key and is verified in full. At most {@link #CAPACITY} tokens are kept; when full, the memory is
 * emptied and refilled by the tokens still in use. Only {@link #parse(String)} with the configured settings is cached;
 * every other method is the SmallRye parser's.
 *
 * <p>The tokens it answers are SmallRye's, with one difference ({@link Principal}): a claim of ours, such as
 * {@code province}, is read without an exception.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    static final int CAPACITY = 4_096;

    private final JWTParser parser;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(JWTAuthContextInfo settings) {
        this(new DefaultJWTParser(settings, new Principals()), Clock.systemUTC(), CAPACITY);
    }

    VerifiedTokens(JWTParser parser, Clock clock, int capacity) {
        this.parser = parser;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > clock.instant().getEpochSecond()) {
                return known;
            }
            verified.remove(token, known);
        }
        JsonWebToken parsed = parser.parse(token);
        if (parsed.getExpirationTime() > clock.instant().getEpochSecond()) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, parsed);
        }
        return parsed;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }

    /** SmallRye's principal factory, making {@link Principal}s. */
    static final class Principals extends JWTCallerPrincipalFactory {

        private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
            JwtContext context = parser.parse(token, settings);
            return new Principal(context.getJoseObjects().getFirst().getHeader("typ"), context.getJwtClaims());
        }
    }

    /**
     * SmallRye's principal, except that a claim name with no {@link Claims} constant is told apart by a map lookup:
     * SmallRye asks {@code Claims.valueOf} and catches the {@code IllegalArgumentException}, stack trace included, on
     * every read of such a claim (once per request for {@code province}).
     */
    static final class Principal extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD =
                Arrays.stream(Claims.values()).collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        Principal(String type, JwtClaims claims) {
            super(type, claims);
        }

        @Override
        protected Claims getClaimType(String claimName) {
            return STANDARD.getOrDefault(claimName, Claims.UNKNOWN);
        }
    }
}
