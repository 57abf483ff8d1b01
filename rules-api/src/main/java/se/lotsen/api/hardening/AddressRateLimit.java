package se.lotsen.api.hardening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.net.InetAddresses;
import io.github.bucket4j.Bucket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A token bucket per client address, for the pages that take no key (the parent's handout).
 *
 * <p>Memory is bounded without resetting anyone's bucket: a bucket untouched for a minute has refilled
 * completely, so forgetting it then loses nothing; past {@value #MAX_ADDRESSES} addresses in one
 * minute the least used go, never all at once. An IPv6 client counts by its /64 network (one household
 * or one host's privacy addresses), so one attacker cannot make a bucket per address.
 */
public final class AddressRateLimit {
    static final int MAX_ADDRESSES = 100_000;

    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
            .expireAfterAccess(Duration.ofMinutes(1)).build();

    public AddressRateLimit(long perMinute) {
        this.perMinute = perMinute;
    }

    /** True when this address may make one more request now. */
    public boolean tryTake(String address) {
        return buckets.get(client(address), a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsume(1);
    }

    /** The address, or for IPv6 its /64 network written out; an address that cannot be read counts as itself. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!InetAddresses.isInetAddress(bare)) {
            return bare;
        }
        InetAddress parsed = InetAddresses.forString(bare);
        if (!(parsed instanceof Inet6Address)) {
            return parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    }
}
