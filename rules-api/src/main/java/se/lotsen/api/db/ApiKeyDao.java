package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(ApiKeyRecord.class)
public interface ApiKeyDao {
    @SqlUpdate("INSERT INTO api_keys (id, label, role, key_hash, created_at, tenant) "
            + "VALUES (:id, :label, :role, :keyHash, :createdAt, :tenant)")
    void insert(@BindMethods ApiKeyRecord key);

    @SqlQuery("SELECT id, label, role, key_hash, created_at, revoked_at, tenant FROM api_keys "
            + "WHERE key_hash = :hash AND revoked_at IS NULL")
    Optional<ApiKeyRecord> findActiveByHash(@Bind("hash") String hash);

    @SqlQuery("SELECT id, label, role, key_hash, created_at, revoked_at, tenant FROM api_keys ORDER BY created_at, id")
    List<ApiKeyRecord> list();

    /** @return 1 when a key was revoked, 0 when there is no active key with that id */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") String id, @Bind("at") String at);

    /** Counts revocations, so every node's key cache learns of one within a poll. */
    @SqlUpdate("UPDATE key_revocations SET revision = revision + 1 WHERE singleton = 1")
    void countRevocation();

    @SqlQuery("SELECT revision FROM key_revocations WHERE singleton = 1")
    long revocations();

    /** Revokes a key and counts the revocation in one transaction. */
    @Transaction
    default boolean revokeAndCount(String id, String at) {
        if (revoke(id, at) != 1) {
            return false;
        }
        countRevocation();
        return true;
    }
}
