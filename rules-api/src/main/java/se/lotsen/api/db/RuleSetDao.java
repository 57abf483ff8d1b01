package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Published rule-set versions and the active one, each tenant's own: every method names the tenant. */
@RegisterConstructorMapper(PublishedRuleSet.class)
@RegisterConstructorMapper(ActiveRuleSet.class)
@RegisterConstructorMapper(BaseMove.class)
public interface RuleSetDao {
    String COLUMNS = "rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json, base_hash";

    @SqlUpdate("INSERT INTO rule_set_versions (tenant, " + COLUMNS + ") "
            + "VALUES (:tenant, :ruleSetId, :version, :hash, :base, :publishedAt, :publishedBy, :zipBase64, :reportJson, :baseHash)")
    void insert(@Bind("tenant") String tenant, @BindMethods PublishedRuleSet version);

    @SqlQuery("SELECT " + COLUMNS + " FROM rule_set_versions WHERE tenant = :tenant AND rule_set_id = :id AND version = :version")
    Optional<PublishedRuleSet> find(@Bind("tenant") String tenant, @Bind("id") String ruleSetId, @Bind("version") String version);

    @SqlQuery("SELECT " + COLUMNS + " FROM rule_set_versions WHERE tenant = :tenant AND version = :version ORDER BY rule_set_id")
    List<PublishedRuleSet> findByVersion(@Bind("tenant") String tenant, @Bind("version") String version);

    @SqlQuery("SELECT " + COLUMNS + " FROM rule_set_versions WHERE tenant = :tenant AND hash = :hash ORDER BY published_at")
    List<PublishedRuleSet> findByHash(@Bind("tenant") String tenant, @Bind("hash") String hash);

    /** Every version without its zip and report, oldest first. */
    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, '' AS zip_base64, '' AS report_json, base_hash "
            + "FROM rule_set_versions WHERE tenant = :tenant ORDER BY published_at, rule_set_id, version")
    List<PublishedRuleSet> list(@Bind("tenant") String tenant);

    @SqlQuery("SELECT rule_set_id, version, activated_at, activated_by FROM active_rule_sets WHERE tenant = :tenant")
    Optional<ActiveRuleSet> active(@Bind("tenant") String tenant);

    @SqlUpdate("INSERT INTO active_rule_sets (tenant, rule_set_id, version, activated_at, activated_by) "
            + "VALUES (:tenant, :id, :version, :at, :by) "
            + "ON CONFLICT (tenant) DO UPDATE SET rule_set_id = excluded.rule_set_id, version = excluded.version, "
            + "activated_at = excluded.activated_at, activated_by = excluded.activated_by")
    void activate(@Bind("tenant") String tenant, @Bind("id") String ruleSetId, @Bind("version") String version,
                  @Bind("at") String at, @Bind("by") String by);

    @SqlUpdate("INSERT INTO base_moves (tenant, moved_at, from_base, to_base, safety, moved_by, diff_json) "
            + "VALUES (:tenant, :movedAt, :fromBase, :toBase, :safety, :movedBy, :diffJson)")
    void recordMove(@Bind("tenant") String tenant, @BindMethods BaseMove move);

    @SqlQuery("SELECT moved_at, from_base, to_base, safety, moved_by, diff_json FROM base_moves WHERE tenant = :tenant "
            + "ORDER BY moved_at DESC")
    List<BaseMove> moves(@Bind("tenant") String tenant);
}
