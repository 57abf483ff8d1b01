package se.lotsen.catalog.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApiKeyRecord.class)
public interface ApiKeyDao {
    @SqlUpdate("INSERT INTO api_keys (id, label, role, key_hash, created_at) "
            + "VALUES (:id, :label, :role, :keyHash, :createdAt)")
    void insert(@BindMethods ApiKeyRecord key);

    @SqlQuery("SELECT id, label, role, key_hash, created_at, revoked_at FROM api_keys "
            + "WHERE key_hash = :hash AND revoked_at IS NULL")
    Optional<ApiKeyRecord> findActiveByHash(@Bind("hash") String hash);

    @SqlQuery("SELECT id, label, role, key_hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id")
    List<ApiKeyRecord> list();

    /** @return 1 when a key was revoked, 0 when there is no active key with that id */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") String id, @Bind("at") String at);
}
