package se.lotsen.api.hardening;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.errors.ApiError;

/**
 * A token bucket per API key (Bucket4j): {@code burst} requests at once, refilled at
 * {@code perMinute}. Past it, 429 with Retry-After. Runs after authentication, so it counts keys,
 * not addresses; unauthenticated requests are refused before they cost anything.
 */
@Priority(Priorities.USER)
public final class RateLimit implements ContainerRequestFilter {
    private final long perMinute;
    private final long burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(long perMinute, long burst) {
        this.perMinute = perMinute;
        this.burst = burst;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal key)) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(key.id(), id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            request.abortWith(Response.status(429).header("Retry-After", seconds).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("rate_limited", "this key has made more than " + perMinute
                            + " requests a minute; try again in " + seconds + " s", "Authorization", List.of(), List.of()))
                    .build());
        }
    }
}
