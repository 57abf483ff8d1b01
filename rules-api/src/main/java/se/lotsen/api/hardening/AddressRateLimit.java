package se.lotsen.api.hardening;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client address, for the pages that take no key (the parent's handout). The
 * map is cleared when it grows past a bound, so many addresses cannot fill the memory.
 */
public final class AddressRateLimit {
    private static final int MAX_ADDRESSES = 50_000;

    private final long perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AddressRateLimit(long perMinute) {
        this.perMinute = perMinute;
    }

    /** True when this address may make one more request now. */
    public boolean tryTake(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address == null ? "?" : address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsume(1);
    }
}
