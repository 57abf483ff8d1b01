package se.lotsen.api.interop.cdshooks;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.Store;

/** The card memory on a real SQLite store: two instances stand for two nodes, or one node before and after a restart. */
class CardMemoryTest {
    static final String CARD = "0b3a6b5e-4f3d-4b8e-9a0c-2f1e6f7c9d10";
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        DataSourceFactory database = LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString());
        Store.migrate(database);
        store = Store.open(Jdbi.create(database.getUrl()));
    }

    private CardMemory node(Instant now) {
        return new CardMemory(store.cdsHooks(), store.outcomes(), Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(14));
    }

    private void give(CardMemory memory) {
        CdsHooks.Card card = new CdsHooks.Card(CARD, "BVC", null, "info", null, List.of(), null, List.of());
        memory.remember(Tenant.DEFAULT, List.of(new PathwayCards.Issued(card, "BVC_NURSE", List.of("sleep-bvc"))), "FC_NORR");
    }

    private long count(String measure) {
        return store.outcomes().between(Tenant.DEFAULT, "2026-W01", "2026-W53").stream()
                .filter(c -> c.kind().equals("SERVICE") && c.measure().equals(measure)).mapToLong(OutcomeCount::count).sum();
    }

    @Test
    void feedbackGivenToAnotherNodeOrAfterARestartIsCountedOnce() {
        give(node(NOW));

        CardMemory restarted = node(NOW.plusSeconds(60));

        assertThat(restarted.count(Tenant.DEFAULT, CARD, "CARD_ACCEPTED")).isEqualTo(CardMemory.Counted.COUNTED);
        assertThat(node(NOW.plusSeconds(120)).count(Tenant.DEFAULT, CARD, "CARD_ACCEPTED")).isEqualTo(CardMemory.Counted.ALREADY_COUNTED);
        assertThat(count("CARD_ACCEPTED")).isEqualTo(1);
    }

    @Test
    void aLaterOutcomeMovesTheCountFromTheEarlierOne() {
        CardMemory memory = node(NOW);
        give(memory);
        memory.count(Tenant.DEFAULT, CARD, "CARD_ACCEPTED");

        assertThat(memory.count(Tenant.DEFAULT, CARD, "CARD_OVERRIDDEN")).isEqualTo(CardMemory.Counted.REPLACED);

        assertThat(count("CARD_ACCEPTED")).isZero();
        assertThat(count("CARD_OVERRIDDEN")).isEqualTo(1);
        assertThat(store.outcomes().between(Tenant.DEFAULT, "2026-W01", "2026-W53")).filteredOn(c -> c.kind().equals("RULE"))
                .extracting(OutcomeCount::code).containsOnly("sleep-bvc");
    }

    @Test
    void unknownAndExpiredCardsCountNothing() {
        give(node(NOW));

        assertThat(node(NOW).count(Tenant.DEFAULT, "11111111-2222-3333-4444-555555555555", "CARD_ACCEPTED")).isEqualTo(CardMemory.Counted.UNKNOWN);
        assertThat(node(NOW.plus(Duration.ofDays(15))).count(Tenant.DEFAULT, CARD, "CARD_ACCEPTED")).isEqualTo(CardMemory.Counted.EXPIRED);
        assertThat(count("CARD_ACCEPTED")).isZero();
    }

    @Test
    void expiredCardsAreDeleted() {
        give(node(NOW));

        assertThat(node(NOW.plus(Duration.ofDays(15))).deleteExpired()).isEqualTo(1);
        assertThat(node(NOW).count(Tenant.DEFAULT, CARD, "CARD_ACCEPTED")).isEqualTo(CardMemory.Counted.UNKNOWN);
    }
}
