package vn.cnnt.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    /** A token with the given claims that counts how often its province claim is read. */
    private static final class CountingToken implements JsonWebToken {
        private final Map<String, Object> claims;
        private final AtomicInteger reads = new AtomicInteger();

        CountingToken(Map<String, Object> claims) {
            this.claims = claims;
        }

        @Override
        public String getName() {
            return (String) claims.get("upn");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            if ("province".equals(claimName)) {
                reads.incrementAndGet();
            }
            return (T) claims.get(claimName);
        }
    }

    @Test
    void shouldReadTheProvinceClaimOncePerRequestHoweverOftenTheRulesAsk() {
        CountingToken token =
                new CountingToken(Map.of("upn", "officer", "province", "04", "groups", Set.of("officer")));
        Caller caller = new Caller(token);

        for (int i = 0; i < 10; i++) {
            assertThat(caller.province()).contains("04");
            assertThat(caller.canSee("04")).isTrue();
            assertThat(caller.canSee("79")).isFalse();
        }
        assertThat(token.reads).hasValue(1);
    }

    @Test
    void shouldRememberThatTheTokenCarriesNoProvince() {
        CountingToken token = new CountingToken(Map.of("upn", "ministry", "groups", Set.of(Roles.MINISTRY)));
        Caller caller = new Caller(token);

        for (int i = 0; i < 10; i++) {
            assertThat(caller.province()).isEmpty();
            assertThat(caller.isNational()).isTrue();
        }
        assertThat(token.reads).hasValue(1);
    }
}
