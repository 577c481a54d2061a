package vn.cnnt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressKeyTest {

    @Test
    void shouldGiveEveryAddressOfAnIpv6SlashSixtyFourOneBucket() {
        assertThat(RateLimits.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(RateLimits.addressKey("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("address 20010db800010002::/64");
        assertThat(RateLimits.addressKey("2001:db8:1:3::1")).isNotEqualTo(RateLimits.addressKey("2001:db8:1:2::1"));
        assertThat(RateLimits.addressKey("203.0.113.7")).isEqualTo("address 203.0.113.7");
        assertThat(RateLimits.addressKey(null)).isEqualTo("address unknown");
    }
}
