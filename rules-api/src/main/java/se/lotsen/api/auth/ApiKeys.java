package se.lotsen.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import se.lotsen.catalog.store.ApiKeyDao;
import se.lotsen.catalog.store.ApiKeyRecord;

/**
 * Creates, checks and revokes API keys. A key is 32 random bytes, shown once; the store keeps only
 * its SHA-256. A fast hash is enough here: the keys are random, not passwords a person chose, so
 * there is nothing to guess from a leaked hash.
 */
public final class ApiKeys {
    static final String PREFIX = "lotsen_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyDao dao;
    private final Clock clock;

    public ApiKeys(ApiKeyDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /** A new key: the record as stored, and the key to hand over (shown this once). */
    public record Created(ApiKeyRecord record, String key) {
    }

    public Created create(Role role, String label) {
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String id = HexFormat.of().formatHex(random(6));
        ApiKeyRecord record = new ApiKeyRecord(id, label == null ? "" : label, role.name(), hash(key),
                clock.instant().toString(), null);
        dao.insert(record);
        return new Created(record, key);
    }

    public Optional<ApiKeyPrincipal> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return dao.findActiveByHash(hash(key))
                .map(r -> new ApiKeyPrincipal(r.id(), r.label(), Role.valueOf(r.role())));
    }

    public List<ApiKeyRecord> list() {
        return dao.list();
    }

    /** @return false when no active key has that id */
    public boolean revoke(String id) {
        return dao.revoke(id, clock.instant().toString()) == 1;
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
