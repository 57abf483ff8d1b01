package se.lotsen.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lotsen.catalog.stats.StatsReport;
import se.lotsen.catalog.stats.SuggestionCounter;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Safeguarding;
import se.lotsen.core.ServiceRef;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/** The DAO suite: the same tests on SQLite (the embedded default) and PostgreSQL (the shared store). */
abstract class StoreContractTest {
    protected Store store;

    /** A fresh, empty database for each test. */
    protected abstract javax.sql.DataSource freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(freshDatabase());
    }

    @Test
    void theDatabaseIsMigratedAndAnswers() {
        assertThat(store.reachable()).isTrue();
    }

    @Test
    void publishedRuleSetsAreKeptAndOneIsActive() {
        store.ruleSets().insert(new RuleSetVersion("1", "default", "h1", "2026-11-23T10:00:00Z", "bundled", "emlw", "{}"));
        store.ruleSets().insert(new RuleSetVersion("2", "default", "h2", "2026-11-24T10:00:00Z", "owner", "emlw", "{}"));
        store.ruleSets().activate("1", "2026-11-23T10:00:00Z", "bundled");
        store.ruleSets().activate("2", "2026-11-24T10:00:00Z", "owner");

        assertThat(store.ruleSets().active()).get().extracting(ActiveRuleSet::version).isEqualTo("2");
        assertThat(store.ruleSets().list()).extracting(RuleSetVersion::version).containsExactly("1", "2");
        assertThat(store.ruleSets().find("1")).get().extracting(RuleSetVersion::zipBase64).isEqualTo("emlw");
        assertThat(store.ruleSets().find("3")).isEmpty();
    }

    @Test
    void aKeyIsFoundByItsHashUntilItIsRevoked() {
        store.keys().insert(new ApiKeyRecord("k1", "BVC Norr", "STAFF", "abc123", "2026-11-23T10:00:00Z", null));

        assertThat(store.keys().findActiveByHash("abc123")).get().extracting(ApiKeyRecord::role).isEqualTo("STAFF");
        assertThat(store.keys().revoke("k1", "2026-11-24T10:00:00Z")).isEqualTo(1);
        assertThat(store.keys().findActiveByHash("abc123")).isEmpty();
        assertThat(store.keys().revoke("k1", "2026-11-25T10:00:00Z")).isZero();
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

        List<CounterRow> rows = store.counters().between("2026-W48", "2026-W48");
        assertThat(rows).extracting(r -> r.centre() + " " + r.need() + " " + r.service() + " " + r.count())
                .containsExactly(
                        "FC_NORR FEEDING BVC_NURSE 7",
                        "FC_NORR NONE CENTRE_SOCIAL_WORKER 7",
                        "FC_NORR SLEEP BVC_NURSE 7",
                        "UNSPECIFIED FEEDING BVC_NURSE 1",
                        "UNSPECIFIED NONE CENTRE_SOCIAL_WORKER 1",
                        "UNSPECIFIED SLEEP BVC_NURSE 1");
        assertThat(new StatsReport(store.counters()).between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)))
                .extracting(StatsReport.Row::count).containsExactly("7", "7", "7", "<5", "<5", "<5");
        assertThat(store.counters().between("2026-W49", "2026-W52")).isEmpty();
    }

    @Test
    void isoWeeksAreZeroPaddedSoTheySortAsText() {
        assertThat(SuggestionCounter.isoWeek(LocalDate.of(2026, 1, 1))).isEqualTo("2026-W01");
        assertThat(SuggestionCounter.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    private static Pathway pathway(Step... steps) {
        return new Pathway("default", "1", RiskLevel.LOW, 0, Urgency.ROUTINE, Safeguarding.none(), List.of(steps),
                List.of(), List.of(), List.of());
    }

    private static Step step(String service, NeedCategory... needs) {
        return new Step(1, new ServiceRef(service, new Text(service, service), null, List.of()), Urgency.ROUTINE,
                Tier.UNIVERSAL, false, List.of(needs), false, List.of());
    }
}
