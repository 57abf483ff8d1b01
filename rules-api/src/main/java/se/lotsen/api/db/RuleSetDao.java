package se.lotsen.catalog.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(RuleSetVersion.class)
@RegisterConstructorMapper(ActiveRuleSet.class)
public interface RuleSetDao {
    @SqlUpdate("INSERT INTO rule_set_versions (version, rule_set_id, hash, published_at, published_by, zip_base64, report_json) "
            + "VALUES (:version, :ruleSetId, :hash, :publishedAt, :publishedBy, :zipBase64, :reportJson)")
    void insert(@BindMethods RuleSetVersion version);

    @SqlQuery("SELECT version, rule_set_id, hash, published_at, published_by, zip_base64, report_json "
            + "FROM rule_set_versions WHERE version = :version")
    Optional<RuleSetVersion> find(@Bind("version") String version);

    /** Every version without its zip and report, oldest first. */
    @SqlQuery("SELECT version, rule_set_id, hash, published_at, published_by, '' AS zip_base64, '' AS report_json "
            + "FROM rule_set_versions ORDER BY published_at, version")
    List<RuleSetVersion> list();

    @SqlQuery("SELECT version, activated_at, activated_by FROM active_rule_set WHERE singleton = 1")
    Optional<ActiveRuleSet> active();

    @SqlUpdate("INSERT INTO active_rule_set (singleton, version, activated_at, activated_by) VALUES (1, :version, :at, :by) "
            + "ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, activated_at = excluded.activated_at, "
            + "activated_by = excluded.activated_by")
    void activate(@Bind("version") String version, @Bind("at") String at, @Bind("by") String by);
}
