package se.lotsen.api.db;

/** A stored API key: never the key, only its hash. Times are ISO-8601 instants. */
public record ApiKeyRecord(String id, String label, String role, String keyHash, String createdAt, String revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
