package se.lotsen.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRateLimitTest {
    @Test
    void anExhaustedAddressStaysLimitedWhileManyOtherAddressesArrive() {
        AddressRateLimit limit = new AddressRateLimit(1);
        assertThat(limit.tryTake("192.0.2.7")).isTrue();
        assertThat(limit.tryTake("192.0.2.7")).isFalse();

        for (int i = 0; i < 60_000; i++) {
            limit.tryTake("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(limit.tryTake("192.0.2.7")).as("its bucket was not reset by the others").isFalse();
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareOneBucket() {
        AddressRateLimit limit = new AddressRateLimit(2);
        assertThat(limit.tryTake("2001:db8:1:2::1")).isTrue();
        assertThat(limit.tryTake("[2001:db8:1:2:aaaa:bbbb:cccc:dddd]")).isTrue();

        assertThat(limit.tryTake("2001:0db8:1:2:0:0:0:9")).as("a third address in the same /64").isFalse();
        assertThat(limit.tryTake("2001:db8:1:3::1")).as("another network").isTrue();
    }

    @Test
    void networksAreComparedWrittenOut() {
        assertThat(AddressRateLimit.client("2001:db8::1")).isEqualTo(AddressRateLimit.client("2001:0db8:0:0:ffff::2"))
                .isEqualTo("20010db800000000::/64");
        assertThat(AddressRateLimit.client("192.0.2.7")).isEqualTo("192.0.2.7");
    }
}
