package se.lotsen.api.followup;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;
import se.lotsen.api.db.FollowUpDao;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.Store;
import se.lotsen.api.errors.UnavailableException;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;

class FollowUpsTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final PathwayEngine ENGINE = PathwayEngine.builder().ruleSet(RuleSetLoader.load(RuleSetFiles.readDefault(),
            BaseResolver.bundled(), java.time.LocalDate.parse("2026-11-23")).ruleSet()).build();
    private final MutableClock clock = new MutableClock(MONDAY);
    private String url;
    private Store store;
    private Jdbi jdbi;
    private FollowUps followUps;

    @BeforeEach
    void openStore() {
        url = LotsenConfiguration.sqlite(TestApp.tempDir().resolve("lotsen.db").toString()).getUrl();
        io.dropwizard.db.DataSourceFactory database = new io.dropwizard.db.DataSourceFactory();
        database.setUrl(url);
        Store.migrate(database);
        jdbi = Jdbi.create(url);
        store = Store.open(jdbi);
        followUps = new FollowUps(store.followUps(), store.outcomes(), clock, Duration.ofDays(90));
    }

    private static Pathway sleep() {
        return ENGINE.suggest(SuggestionRequest.builder().childAgeMonths(6).need(NeedCategory.SLEEP).build());
    }

    @Test
    void referencesCarryAtLeast80RandomBitsAndAreNeverRepeated() {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            references.add(followUps.open(sleep(), null, null));
        }

        assertThat(references).hasSize(1000).allSatisfy(r -> assertThat(r).matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void theStoreKeepsTheReferencesHashWeekCentreAndStepsButNeverTheReference() {
        String reference = followUps.open(sleep(), "FC_NORR", "en");
        followUps.flush();

        List<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT reference_hash || ' ' || iso_week || ' ' || centre "
                + "|| ' ' || expires_on || ' ' || steps || ' ' || answered FROM follow_up_references").mapTo(String.class).list());

        assertThat(stored).containsExactly(FollowUps.hash(reference) + " 2026-W48 FC_NORR 2027-02-21 "
                + "[{\"service\":\"BVC_NURSE\",\"urgency\":\"ROUTINE\",\"rules\":[\"route-sleep-nurse\"]},"
                + "{\"service\":\"OPEN_PRESCHOOL\",\"urgency\":\"ROUTINE\",\"rules\":[\"route-sleep-open-preschool\"]}] [[],[]]");
        assertThat(String.join(" ", stored)).doesNotContain(reference.substring(0, 22));
    }

    @Test
    void anAnswerAfterTheRetentionIsRefusedAndTheExpiredRowsGoWhileTheCountsStay() {
        String reference = followUps.open(sleep(), null, null);
        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.HELPED)).isEqualTo(FollowUps.Answer.COUNTED);

        clock.advance(Duration.ofDays(91));

        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED)).isEqualTo(FollowUps.Answer.EXPIRED);
        assertThat(followUps.deleteExpired()).isEqualTo(1);
        assertThat(followUps.find(reference)).isEmpty();
        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED)).isEqualTo(FollowUps.Answer.UNKNOWN);
        assertThat(store.outcomes().between(Tenant.DEFAULT, "2026-W01", "2027-W52")).extracting(OutcomeCount::measure).contains("HELPED");
    }

    @Test
    void eachOutcomeIsCountedOncePerStepAndFollowedUpOnce() {
        String reference = followUps.open(sleep(), null, null);

        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        followUps.answer(reference, "BVC_NURSE", Outcome.HELPED);
        followUps.flush();

        List<OutcomeCount> counts = store.outcomes().between(Tenant.DEFAULT, "2026-W48", "2026-W48").stream()
                .filter(c -> c.kind().equals(FollowUps.SERVICE) && c.code().equals("BVC_NURSE")).toList();
        assertThat(counts).extracting(c -> c.measure() + "=" + c.count())
                .containsExactlyInAnyOrder("SUGGESTED=1", "FOLLOWED_UP=1", "CONTACTED=1", "HELPED=1");
    }

    @Test
    void twoNodesAnsweringTheSamePathwaysAtOnceLoseNoAnswer() throws Exception {
        FollowUps otherNode = new FollowUps(Store.open(Jdbi.create(url)).followUps(), store.outcomes(), clock, Duration.ofDays(90));
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            references.add(followUps.open(sleep(), null, null));
        }
        followUps.flush();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> nurse = pool.submit(() -> references.forEach(
                    r -> assertThat(followUps.answer(r, "BVC_NURSE", Outcome.HELPED)).isEqualTo(FollowUps.Answer.COUNTED)));
            Future<?> preschool = pool.submit(() -> references.forEach(
                    r -> assertThat(otherNode.answer(r, "OPEN_PRESCHOOL", Outcome.CONTACTED)).isEqualTo(FollowUps.Answer.COUNTED)));
            nurse.get();
            preschool.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(references).allSatisfy(r -> assertThat(followUps.find(r).orElseThrow().steps())
                .extracting(FollowUps.FollowedStep::answered).containsExactly(Set.of("HELPED"), Set.of("CONTACTED")));
    }

    @Test
    void safeguardingStepsAreNotFollowedUpOnTheParentsPage() {
        Pathway violence = ENGINE.suggest(SuggestionRequest.builder().childAgeMonths(6).need(NeedCategory.SLEEP)
                .risks(RiskFactor.DOMESTIC_VIOLENCE).build());
        String reference = followUps.open(violence, null, null);

        assertThat(followUps.find(reference).orElseThrow().steps()).extracting(FollowUps.FollowedStep::service)
                .doesNotContain("VIOLENCE_SUPPORT", "SOCIAL_SERVICES_CHILD_PROTECTION").contains("BVC_NURSE");
    }

    private List<String> serviceCounts(String service) {
        return store.outcomes().between(Tenant.DEFAULT, "2026-W48", "2026-W48").stream()
                .filter(c -> c.kind().equals(FollowUps.SERVICE) && c.code().equals(service) && c.count() != 0)
                .map(c -> c.measure() + "=" + c.count()).toList();
    }

    @Test
    void answeringContactedAndThenNotContactedForOneStepCountsOneAnswer() {
        String reference = followUps.open(sleep(), null, null);

        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED)).isEqualTo(FollowUps.Answer.COUNTED);
        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.NOT_CONTACTED)).isEqualTo(FollowUps.Answer.COUNTED);

        assertThat(serviceCounts("BVC_NURSE")).as("the later answer replaced the earlier")
                .containsExactlyInAnyOrder("FOLLOWED_UP=1", "NOT_CONTACTED=1");
        assertThat(followUps.find(reference).orElseThrow().steps().get(0).answered()).containsExactly("NOT_CONTACTED");
    }

    @Test
    void theParentsOneTapAnswersLeaveTheCountsOfTheLatestAnswerOnly() {
        String reference = followUps.open(sleep(), null, null);

        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        followUps.answer(reference, "BVC_NURSE", Outcome.HELPED);
        assertThat(serviceCounts("BVC_NURSE")).containsExactlyInAnyOrder("FOLLOWED_UP=1", "CONTACTED=1", "HELPED=1");

        followUps.answer(reference, "BVC_NURSE", Outcome.NOT_HELPED);
        assertThat(serviceCounts("BVC_NURSE")).as("did it help: no, instead of yes")
                .containsExactlyInAnyOrder("FOLLOWED_UP=1", "CONTACTED=1", "NOT_HELPED=1");

        followUps.answer(reference, "BVC_NURSE", Outcome.NOT_NEEDED);
        assertThat(serviceCounts("BVC_NURSE")).as("'not needed' leaves no contact and no help standing")
                .containsExactlyInAnyOrder("FOLLOWED_UP=1", "NOT_NEEDED=1");
        assertThat(followUps.find(reference).orElseThrow().steps().get(0).answered()).containsExactly("NOT_NEEDED");

        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        assertThat(serviceCounts("BVC_NURSE")).as("in touch after all")
                .containsExactlyInAnyOrder("FOLLOWED_UP=1", "CONTACTED=1");
        followUps.answer(reference, "BVC_NURSE", Outcome.NOT_CONTACTED);
        assertThat(serviceCounts("BVC_NURSE")).containsExactlyInAnyOrder("FOLLOWED_UP=1", "NOT_CONTACTED=1");
    }

    @Test
    void anAnswerIsInTheStoreWhenItIsAcknowledgedWithoutWaitingForAFlush() {
        String reference = followUps.open(sleep(), null, null);

        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.HELPED)).isEqualTo(FollowUps.Answer.COUNTED);

        assertThat(serviceCounts("BVC_NURSE")).as("in the store, before any flush").contains("FOLLOWED_UP=1", "HELPED=1");
        assertThat(store.followUps().find(Tenant.DEFAULT, FollowUps.hash(reference)).orElseThrow().answered()).contains("HELPED");
    }

    @Test
    void aStoreThatLosesEveryWriteGetsTheAnswerRefusedNeverReportedAsGivenBefore() {
        String reference = followUps.open(sleep(), null, null);
        followUps.flush();
        FollowUps losing = new FollowUps(refusing(store.followUps(), "markAnswered", () -> 0), store.outcomes(), clock,
                Duration.ofDays(90));

        assertThatThrownBy(() -> losing.answer(reference, "BVC_NURSE", Outcome.HELPED))
                .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(serviceCounts("BVC_NURSE")).containsExactly("SUGGESTED=1");
    }

    @Test
    void aStoreThatRefusesTheAnswerGets503AndTheSameAnswerCountsOnceWhenItIsBack() {
        String reference = followUps.open(sleep(), null, null);
        followUps.flush();
        FollowUps down = new FollowUps(refusing(store.followUps(), "answer", () -> {
            throw new org.jdbi.v3.core.ConnectionException(new java.sql.SQLException("database is locked"));
        }), store.outcomes(), clock, Duration.ofDays(90));
        String pendingThere = down.open(sleep(), null, null);

        assertThatThrownBy(() -> down.answer(pendingThere, "BVC_NURSE", Outcome.HELPED)).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> down.answer(reference, "BVC_NURSE", Outcome.HELPED)).isInstanceOf(UnavailableException.class);

        assertThat(followUps.answer(reference, "BVC_NURSE", Outcome.HELPED)).isEqualTo(FollowUps.Answer.COUNTED);
        followUps.flush();
        down.flush();
        assertThat(serviceCounts("BVC_NURSE")).as("two suggested, one answer: the refused ones left nothing")
                .containsExactlyInAnyOrder("SUGGESTED=2", "FOLLOWED_UP=1", "HELPED=1");
    }

    @Test
    void whileTheStoreIsDownSuggestionsGoOnUntilTheBufferIsFullThenAreRefused() {
        FollowUps down = new FollowUps(refusing(store.followUps(), "insertAllIfAbsent", () -> {
            throw new org.jdbi.v3.core.ConnectionException(new java.sql.SQLException("database is locked"));
        }), store.outcomes(), clock, Duration.ofDays(90), 3);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            kept.add(down.open(sleep(), null, null));
            assertThatThrownBy(down::flush).isInstanceOf(org.jdbi.v3.core.JdbiException.class);
        }

        assertThatThrownBy(() -> down.open(sleep(), null, null))
                .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.getMessage()).contains("3 pathways"));
        assertThat(kept).allSatisfy(r -> assertThat(down.find(r)).as("still found in memory").isPresent());
    }

    /** The real DAO, except that one method answers or throws as the test says. */
    private static FollowUpDao refusing(FollowUpDao real, String method, Supplier<Object> instead) {
        return (FollowUpDao) Proxy.newProxyInstance(FollowUpDao.class.getClassLoader(), new Class<?>[] {FollowUpDao.class},
                (proxy, m, args) -> {
                    if (m.getName().equals(method)) {
                        return instead.get();
                    }
                    if (m.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, m, args);
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
