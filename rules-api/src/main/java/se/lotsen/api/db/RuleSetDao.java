package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(PublishedRuleSet.class)
@RegisterConstructorMapper(ActiveRuleSet.class)
public interface RuleSetDao {
    @SqlUpdate("INSERT INTO published_rule_sets (rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json) "
            + "VALUES (:ruleSetId, :version, :hash, :base, :publishedAt, :publishedBy, :zipBase64, :reportJson)")
    void insert(@BindMethods PublishedRuleSet version);

    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json "
            + "FROM published_rule_sets WHERE rule_set_id = :id AND version = :version")
    Optional<PublishedRuleSet> find(@Bind("id") String ruleSetId, @Bind("version") String version);

    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json "
            + "FROM published_rule_sets WHERE version = :version ORDER BY rule_set_id")
    List<PublishedRuleSet> findByVersion(@Bind("version") String version);

    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json "
            + "FROM published_rule_sets WHERE hash = :hash ORDER BY published_at")
    List<PublishedRuleSet> findByHash(@Bind("hash") String hash);

    /** The newest version of a rule set, for a layer that follows its base's latest. */
    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json "
            + "FROM published_rule_sets WHERE rule_set_id = :id ORDER BY published_at DESC, version DESC LIMIT 1")
    Optional<PublishedRuleSet> latest(@Bind("id") String ruleSetId);

    /** Every version without its zip and report, oldest first. */
    @SqlQuery("SELECT rule_set_id, version, hash, base, published_at, published_by, '' AS zip_base64, '' AS report_json "
            + "FROM published_rule_sets ORDER BY published_at, rule_set_id, version")
    List<PublishedRuleSet> list();

    @SqlQuery("SELECT rule_set_id, version, activated_at, activated_by FROM active_published_rule_set WHERE singleton = 1")
    Optional<ActiveRuleSet> active();

    @SqlUpdate("INSERT INTO active_published_rule_set (singleton, rule_set_id, version, activated_at, activated_by) "
            + "VALUES (1, :id, :version, :at, :by) "
            + "ON CONFLICT (singleton) DO UPDATE SET rule_set_id = excluded.rule_set_id, version = excluded.version, "
            + "activated_at = excluded.activated_at, activated_by = excluded.activated_by")
    void activate(@Bind("id") String ruleSetId, @Bind("version") String version, @Bind("at") String at, @Bind("by") String by);
}
