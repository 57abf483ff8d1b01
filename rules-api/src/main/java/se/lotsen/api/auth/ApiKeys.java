package se.lotsen.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import se.lotsen.api.db.ApiKeyDao;
import se.lotsen.api.db.ApiKeyRecord;
import se.lotsen.api.db.Tenant;

/**
 * Creates, checks and revokes API keys. A key is 32 random bytes, shown once; the store keeps only
 * its SHA-256. A fast hash is enough here: the keys are random, not passwords a person chose.
 *
 * <p>Authenticated keys are cached, so a request does not wait for the store. A revocation bumps a
 * counter in the store that every node polls ({@link #pollRevocations}), so a revoked key stops
 * working on every node within one poll.
 *
 * <p>As in dropwizard-auth's {@code CachingAuthenticator}, the cache is the only path to the store and
 * a revocation cannot be overtaken by a slow load: every load notes the cache's generation before it
 * reads the store, and takes its entry back out if a revocation moved the generation meanwhile (a put
 * that lands after the revocation's clear would otherwise keep a revoked key alive until the next
 * revocation anywhere). The cache is bounded by size and evicts the least used keys, never all at once.
 */
public final class ApiKeys {
    static final String PREFIX = "lotsen_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CACHED = 10_000;
    // A safety net only: revocations clear the cache at once; this bounds how long a missed poll can matter.
    private static final long EXPIRE_MINUTES = 10;

    private final ApiKeyDao dao;
    private final Clock clock;
    private final Cache<String, ApiKeyPrincipal> cache = Caffeine.newBuilder().maximumSize(MAX_CACHED)
            .expireAfterWrite(EXPIRE_MINUTES, TimeUnit.MINUTES).build();
    private final AtomicLong generation = new AtomicLong();
    private volatile long revision = -1;

    public ApiKeys(ApiKeyDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /** A new key: the record as stored, and the key to hand over (shown this once). */
    public record Created(ApiKeyRecord record, String key) {
    }

    public Created create(Role role, String label) {
        return create(Tenant.DEFAULT, role, label);
    }

    /** A key of this tenant: every call with it is answered from that tenant's rule set and data. */
    public Created create(String tenant, Role role, String label) {
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String id = HexFormat.of().formatHex(random(6));
        ApiKeyRecord record = new ApiKeyRecord(id, label == null ? "" : label, role.name(), hash(key),
                clock.instant().toString(), null, tenant);
        dao.insert(record);
        return new Created(record, key);
    }

    public Optional<ApiKeyPrincipal> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(key);
        ApiKeyPrincipal cached = cache.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<ApiKeyPrincipal> found = dao.findActiveByHash(hash)
                .map(r -> new ApiKeyPrincipal(r.id(), r.label(), Role.valueOf(r.role()), r.tenant()));
        found.ifPresent(principal -> {
            cache.put(hash, principal);
            // Put first, then look: a revocation either moved the generation before this look (the entry goes
            // back out here) or clears the cache after the put (the entry goes there).
            if (generation.get() != before) {
                cache.asMap().remove(hash, principal);
            }
        });
        return found;
    }

    /** Forgets every cached key when any key was revoked since the last poll (on any node). */
    public void pollRevocations() {
        long now = dao.revocations();
        if (now != revision) {
            forgetAll();
            revision = now;
        }
    }

    public List<ApiKeyRecord> list() {
        return dao.list();
    }

    /** @return false when no active key has that id */
    public boolean revoke(String id) {
        boolean revoked = dao.revokeAndCount(id, clock.instant().toString());
        if (revoked) {
            forgetAll();
        }
        return revoked;
    }

    private void forgetAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }
}
