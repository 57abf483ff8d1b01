package se.lotsen.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Safeguarding;
import se.lotsen.core.ServiceRef;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.ServiceKind;

/** The DAO suite: the same tests on SQLite (the embedded default) and PostgreSQL (the shared store). */
abstract class StoreContractTest {
    protected Store store;

    /** A fresh, empty database for each test. */
    protected abstract DataSourceFactory freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        DataSourceFactory database = freshDatabase();
        Store.migrate(database);
        store = Store.open(database.getUser() == null ? Jdbi.create(database.getUrl())
                : Jdbi.create(database.getUrl(), database.getUser(), database.getPassword()));
    }

    private static PublishedRuleSet version(String id, String version, String base, String at) {
        return new PublishedRuleSet(id, version, "hash-" + id + version, base, at, "owner", "emlw", "{}");
    }

    @Test
    void publishedRuleSetsAreKeptByIdAndVersionAndOneIsActive() {
        store.ruleSets().insert(Tenant.DEFAULT, version("default", "1", null, "2026-11-23T10:00:00Z"));
        store.ruleSets().insert(Tenant.DEFAULT, version("default", "2", null, "2026-11-24T10:00:00Z"));
        store.ruleSets().insert(Tenant.DEFAULT, version("grastorp", "2", "default", "2026-11-24T11:00:00Z"));
        store.ruleSets().activate(Tenant.DEFAULT, "default", "1", "2026-11-23T10:00:00Z", "bundled");
        store.ruleSets().activate(Tenant.DEFAULT, "grastorp", "2", "2026-11-24T11:00:00Z", "owner");

        assertThat(store.ruleSets().active(Tenant.DEFAULT)).get().extracting(ActiveRuleSet::ruleSetId, ActiveRuleSet::version)
                .containsExactly("grastorp", "2");
        assertThat(store.ruleSets().findByVersion(Tenant.DEFAULT, "2")).extracting(PublishedRuleSet::ruleSetId).containsExactly("default", "grastorp");
        assertThat(store.ruleSets().findByHash(Tenant.DEFAULT, "hash-default1")).singleElement().extracting(PublishedRuleSet::version).isEqualTo("1");
        assertThat(store.ruleSets().find(Tenant.DEFAULT, "default", "1")).get().extracting(PublishedRuleSet::zipBase64).isEqualTo("emlw");
        assertThat(store.ruleSets().list(Tenant.DEFAULT)).allSatisfy(v -> assertThat(v.zipBase64()).as("the list leaves the zip out").isEmpty());
        assertThat(store.ruleSets().find(Tenant.DEFAULT, "default", "3")).isEmpty();
    }

    @Test
    void aKeyIsFoundByItsHashUntilItIsRevokedAndEveryRevocationIsCounted() {
        store.keys().insert(new ApiKeyRecord("k1", "BVC Norr", "STAFF", "abc123", "2026-11-23T10:00:00Z", null));
        long before = store.keys().revocations();

        assertThat(store.keys().findActiveByHash("abc123")).get().extracting(ApiKeyRecord::role).isEqualTo("STAFF");
        assertThat(store.keys().revokeAndCount("k1", "2026-11-24T10:00:00Z")).isTrue();
        assertThat(store.keys().findActiveByHash("abc123")).isEmpty();
        assertThat(store.keys().revokeAndCount("k1", "2026-11-25T10:00:00Z")).isFalse();
        assertThat(store.keys().revocations()).isEqualTo(before + 1);
        assertThat(store.keys().list()).singleElement().satisfies(k -> assertThat(k.revoked()).isTrue());
    }

    @Test
    void countersAddUpAcrossFlushesAndSmallCountsAreSuppressed() {
        Clock monday = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        SuggestionCounter counter = new SuggestionCounter(store.counters(), monday);
        Pathway pathway = pathway(step("BVC_NURSE", NeedCategory.SLEEP, NeedCategory.FEEDING), step("CENTRE_SOCIAL_WORKER"));

        for (int i = 0; i < 3; i++) {
            counter.record(pathway, "FC_NORR");
        }
        counter.flush();
        for (int i = 0; i < 4; i++) {
            counter.record(pathway, "FC_NORR");
        }
        counter.flush();
        counter.record(pathway, null);
        counter.flush();

        List<CounterRow> rows = store.counters().between(Tenant.DEFAULT, "2026-W48", "2026-W48");
        assertThat(rows).extracting(r -> r.centre() + " " + r.need() + " " + r.service() + " " + r.count())
                .containsExactly(
                        "FC_NORR FEEDING BVC_NURSE 7",
                        "FC_NORR NONE CENTRE_SOCIAL_WORKER 7",
                        "FC_NORR SLEEP BVC_NURSE 7",
                        "UNSPECIFIED FEEDING BVC_NURSE 1",
                        "UNSPECIFIED NONE CENTRE_SOCIAL_WORKER 1",
                        "UNSPECIFIED SLEEP BVC_NURSE 1");
        assertThat(new StatsReport(store.counters(), store.outcomes()).between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)))
                .extracting(StatsReport.Row::count).containsExactly("7", "7", "7", "<5", "<5", "<5");
        assertThat(store.counters().between(Tenant.DEFAULT, "2026-W49", "2026-W52")).isEmpty();
    }

    @Test
    void followUpKeepsStepsMarksAnswersOnceAndDeletesWhatExpired() {
        store.followUps().insertAllIfAbsent(Tenant.DEFAULT, List.of(
                new FollowUpReference("h1", "2026-W48", "FC_NORR", "2027-02-21", "[{\"service\":\"BVC_NURSE\"}]", "[[]]"),
                new FollowUpReference("h2", "2026-W48", "FC_NORR", "2026-11-01", "[]", "[]")));

        assertThat(store.followUps().markAnswered(Tenant.DEFAULT, "h1", "[[]]", "[[\"HELPED\"]]")).isEqualTo(1);
        assertThat(store.followUps().markAnswered(Tenant.DEFAULT, "h1", "[[]]", "[[\"CONTACTED\"]]")).as("a stale read cannot overwrite").isZero();
        assertThat(store.followUps().find(Tenant.DEFAULT, "h1")).get().extracting(FollowUpReference::answered).isEqualTo("[[\"HELPED\"]]");
        assertThat(store.followUps().deleteExpired(Tenant.DEFAULT, "2026-11-24")).isEqualTo(1);
        assertThat(store.followUps().find(Tenant.DEFAULT, "h2")).isEmpty();
        assertThat(store.followUps().find(Tenant.DEFAULT, "h1")).isPresent();
    }

    @Test
    void outcomeCountsAddUp() {
        store.outcomes().add(Tenant.DEFAULT, List.of(new OutcomeCount("2026-W48", "FC_NORR", "SERVICE", "BVC_NURSE", "HELPED", 2)));
        store.outcomes().add(Tenant.DEFAULT, List.of(new OutcomeCount("2026-W48", "FC_NORR", "SERVICE", "BVC_NURSE", "HELPED", 3)));

        assertThat(store.outcomes().between(Tenant.DEFAULT, "2026-W48", "2026-W48")).singleElement().extracting(OutcomeCount::count).isEqualTo(5L);
    }

    @Test
    void isoWeeksAreZeroPaddedSoTheySortAsText() {
        assertThat(SuggestionCounter.isoWeek(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
        assertThat(SuggestionCounter.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    @Test
    void everyTableAnswersOneTenantOnlyItsOwnRows() {
        String a = "grastorp";
        String b = "norrkoping";
        store.tenants().put(new Tenant("region", null, "Regionen", "The region"));
        store.tenants().put(new Tenant(a, "region", "Grästorps kommun", "Grästorp"));
        store.tenants().put(new Tenant(b, "region", "Norrköpings kommun", "Norrköping"));
        store.ruleSets().insert(a, version("layer", "1", "region 1", "2026-11-23T10:00:00Z"));
        store.ruleSets().activate(a, "layer", "1", "2026-11-23T10:00:00Z", "owner");
        store.counters().add(a, List.of(new CounterRow("2026-W48", "FC", "SLEEP", "LOW", "BVC_NURSE", "ROUTINE", 9)));
        store.outcomes().add(a, List.of(new OutcomeCount("2026-W48", "FC", "SERVICE", "BVC_NURSE", "HELPED", 9)));
        store.followUps().insertAllIfAbsent(a, List.of(new FollowUpReference("h1", "2026-W48", "FC", "2027-02-21", "[]", "[[]]")));
        store.cdsHooks().rememberCards(a, List.of(new IssuedCard("c1", "2026-W48", "FC", "BVC_NURSE", "[]", "", Long.MAX_VALUE)));

        assertThat(store.ruleSets().find(b, "layer", "1")).isEmpty();
        assertThat(store.ruleSets().list(b)).isEmpty();
        assertThat(store.ruleSets().findByVersion(b, "1")).isEmpty();
        assertThat(store.ruleSets().active(b)).isEmpty();
        assertThat(store.counters().between(b, "2026-W01", "2026-W53")).isEmpty();
        assertThat(store.outcomes().between(b, "2026-W01", "2026-W53")).isEmpty();
        assertThat(store.followUps().find(b, "h1")).isEmpty();
        assertThat(store.followUps().markAnswered(b, "h1", "[[]]", "[[\"HELPED\"]]")).as("b cannot answer a's pathway").isZero();
        assertThat(store.followUps().count(b)).isZero();
        assertThat(store.cdsHooks().card(b, "c1")).isEmpty();
        assertThat(store.cdsHooks().countOutcome(b, "c1", "", "CARD_ACCEPTED")).isZero();
        assertThat(store.cdsHooks().rememberTokenId(a, "iss", "j1", Long.MAX_VALUE)).isEqualTo(1);
        assertThat(store.cdsHooks().rememberTokenId(b, "iss", "j1", Long.MAX_VALUE)).as("token ids are kept per tenant").isEqualTo(1);

        assertThat(store.ruleSets().find(a, "layer", "1")).get().extracting(PublishedRuleSet::base).isEqualTo("region 1");
        assertThat(store.counters().between(a, "2026-W01", "2026-W53")).singleElement().extracting(CounterRow::count).isEqualTo(9L);
        assertThat(store.followUps().tenantOf("h1")).contains(a);
        assertThat(store.followUps().markAnswered(a, "h1", "[[]]", "[[\"HELPED\"]]")).isEqualTo(1);
        assertThat(store.tenants().find(b)).get().extracting(Tenant::region).isEqualTo("region");
    }

    @Test
    void aStoreWrittenByTheSingleTenantSchemaKeepsItsKeysVersionsCountsAndFollowUpAsTheTenantDefault() throws Exception {
        DataSourceFactory database = freshDatabase();
        Flyway.configure().dataSource(database.getUrl(), database.getUser(), database.getPassword())
                .locations("classpath:db/migration").target("4").load().migrate();
        Jdbi jdbi = database.getUser() == null ? Jdbi.create(database.getUrl())
                : Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
        // Rows as the schema before tenants (version 4) held them.
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO api_keys (id, label, role, key_hash, created_at) VALUES ('k1', 'BVC', 'STAFF', 'abc', '2026-11-01T00:00:00Z')");
            h.execute("INSERT INTO published_rule_sets (rule_set_id, version, hash, base, published_at, published_by, zip_base64, "
                    + "report_json) VALUES ('default', '2026.11.2', 'h', NULL, '2026-11-01T00:00:00Z', 'owner', 'emlw', '{}')");
            h.execute("INSERT INTO active_published_rule_set (singleton, rule_set_id, version, activated_at, activated_by) "
                    + "VALUES (1, 'default', '2026.11.2', '2026-11-01T00:00:00Z', 'owner')");
            h.execute("INSERT INTO suggestion_counts VALUES ('2026-W48', 'FC', 'SLEEP', 'LOW', 'BVC_NURSE', 'ROUTINE', 7)");
            h.execute("INSERT INTO outcome_counts VALUES ('2026-W48', 'FC', 'SERVICE', 'BVC_NURSE', 'HELPED', 3)");
            h.execute("INSERT INTO follow_up_references VALUES ('h1', '2026-W48', 'FC', '2027-02-21', '[]', '[[]]')");
            h.execute("INSERT INTO cds_cards VALUES ('c1', '2026-W48', 'FC', 'BVC_NURSE', '[]', '', 99)");
            h.execute("INSERT INTO cds_token_ids VALUES ('iss', 'j1', 99)");
        });

        Store.migrate(database);
        Store migrated = Store.open(jdbi);

        String t = Tenant.DEFAULT;
        assertThat(migrated.tenants().find(t)).get().satisfies(tenant -> assertThat(tenant.isRegion()).isTrue());
        assertThat(migrated.keys().findActiveByHash("abc")).get().extracting(ApiKeyRecord::tenant).isEqualTo(t);
        assertThat(migrated.ruleSets().active(t)).get().extracting(ActiveRuleSet::version).isEqualTo("2026.11.2");
        assertThat(migrated.ruleSets().find(t, "default", "2026.11.2")).get().extracting(PublishedRuleSet::zipBase64).isEqualTo("emlw");
        assertThat(migrated.counters().between(t, "2026-W48", "2026-W48")).singleElement().extracting(CounterRow::count).isEqualTo(7L);
        assertThat(migrated.outcomes().between(t, "2026-W48", "2026-W48")).singleElement().extracting(OutcomeCount::count).isEqualTo(3L);
        assertThat(migrated.followUps().find(t, "h1")).isPresent();
        assertThat(migrated.followUps().markAnswered(t, "h1", "[[]]", "[[\"HELPED\"]]")).isEqualTo(1);
        assertThat(migrated.cdsHooks().card(t, "c1")).isPresent();
        assertThat(migrated.cdsHooks().rememberTokenId(t, "iss", "j1", 99)).as("a token seen before the migration stays seen").isZero();
    }

    private static Pathway pathway(Step... steps) {
        return new Pathway("default", "1", LocalDate.of(2026, 11, 23), RiskLevel.LOW, 0, Urgency.ROUTINE, Safeguarding.none(),
                List.of(steps), List.of(), List.of(), List.of(), null);
    }

    private static Step step(String service, NeedCategory... needs) {
        return new Step(1, new ServiceRef(service, new Text(service, service), ServiceKind.CONTACT, null, List.of()),
                Urgency.ROUTINE, Tier.UNIVERSAL, false, List.of(needs), false, null, List.of());
    }
}
