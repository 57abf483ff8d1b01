package se.lotsen.api.followup;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.Store;
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
        assertThat(store.outcomes().between("2026-W01", "2027-W52")).extracting(OutcomeCount::measure).contains("HELPED");
    }

    @Test
    void eachOutcomeIsCountedOncePerStepAndFollowedUpOnce() {
        String reference = followUps.open(sleep(), null, null);

        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        followUps.answer(reference, "BVC_NURSE", Outcome.CONTACTED);
        followUps.answer(reference, "BVC_NURSE", Outcome.HELPED);
        followUps.flush();

        List<OutcomeCount> counts = store.outcomes().between("2026-W48", "2026-W48").stream()
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
