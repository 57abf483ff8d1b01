package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Tenant.class)
public interface TenantDao {
    /** Adds a tenant, or renames it / moves it to another region when it is there already (the config says so). */
    @SqlUpdate("INSERT INTO tenants (id, region, name_sv, name_en) VALUES (:id, :region, :nameSv, :nameEn) "
            + "ON CONFLICT (id) DO UPDATE SET region = excluded.region, name_sv = excluded.name_sv, name_en = excluded.name_en")
    void put(@BindMethods Tenant tenant);

    @SqlQuery("SELECT id, region, name_sv, name_en FROM tenants WHERE id = :id")
    Optional<Tenant> find(@Bind("id") String id);

    @SqlQuery("SELECT id, region, name_sv, name_en FROM tenants ORDER BY id")
    List<Tenant> list();
}
