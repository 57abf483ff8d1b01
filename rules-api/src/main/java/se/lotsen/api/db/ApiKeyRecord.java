package se.lotsen.api.db;

import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/** A stored API key: never the key, only its hash, and the tenant it belongs to. Times are ISO-8601 instants. */
public record ApiKeyRecord(String id, String label, String role, String keyHash, String createdAt, String revokedAt,
                           String tenant) {
    @JdbiConstructor
    public ApiKeyRecord {
    }

    public ApiKeyRecord(String id, String label, String role, String keyHash, String createdAt, String revokedAt) {
        this(id, label, role, keyHash, createdAt, revokedAt, Tenant.DEFAULT);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
