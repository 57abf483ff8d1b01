package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import se.lotsen.api.db.CdsHooksDao;
import se.lotsen.api.db.IssuedCard;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.core.PathwayEngine;

/**
 * The cards Lotsen gave out, in the store (shared by every node, kept across restarts, deleted after
 * {@code cardMemory}), so feedback is counted by service and rule, each card once: feedback repeating
 * the outcome already counted changes nothing, and a different outcome replaces the earlier one (its
 * count moves from the one measure to the other). Counts go to the learning evaluation's table by the
 * week the card was given.
 */
final class CardMemory {
    private static final ZoneId SWEDEN = PathwayEngine.TIME_ZONE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> RULES = new TypeReference<>() { };
    private static final String NOT_YET = "";
    private static final Duration CLEAN_EVERY = Duration.ofHours(1);

    /** What one feedback entry came to. */
    enum Counted { COUNTED, REPLACED, ALREADY_COUNTED, UNKNOWN, EXPIRED }

    private final CdsHooksDao cards;
    private final OutcomeCountDao counts;
    private final Clock clock;
    private final Duration memory;
    private final AtomicLong nextCleaning = new AtomicLong();

    CardMemory(CdsHooksDao cards, OutcomeCountDao counts, Clock clock, Duration memory) {
        this.cards = cards;
        this.counts = counts;
        this.clock = clock;
        this.memory = memory;
    }

    void remember(String tenant, List<PathwayCards.Issued> issued, String centre) {
        String week = SuggestionCounter.isoWeek(LocalDate.now(clock.withZone(SWEDEN)));
        String where = centre == null ? SuggestionCounter.NO_CENTRE : centre;
        long expiresAt = clock.millis() + memory.toMillis();
        List<IssuedCard> rows = new ArrayList<>();
        for (PathwayCards.Issued card : issued) {
            rows.add(new IssuedCard(card.card().uuid(), week, where, card.service(), json(card.rules()), NOT_YET, expiresAt));
        }
        if (!rows.isEmpty()) {
            cards.rememberCards(tenant, rows);
        }
        long now = clock.millis();
        long next = nextCleaning.get();
        if (now >= next && nextCleaning.compareAndSet(next, now + CLEAN_EVERY.toMillis())) {
            deleteExpired();
        }
    }

    /** Counts {@code measure} for the card; another node's feedback for the same card in between is read again, not overwritten. */
    Counted count(String tenant, String card, String measure) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<IssuedCard> row = cards.card(tenant, card);
            if (row.isEmpty()) {
                return Counted.UNKNOWN;
            }
            IssuedCard issued = row.get();
            if (issued.expiresAt() < clock.millis()) {
                return Counted.EXPIRED;
            }
            if (issued.outcome().equals(measure)) {
                return Counted.ALREADY_COUNTED;
            }
            if (cards.countOutcome(tenant, card, issued.outcome(), measure) == 1) {
                List<OutcomeCount> rows = new ArrayList<>(rows(issued, measure, 1));
                if (!issued.outcome().equals(NOT_YET)) {
                    rows.addAll(rows(issued, issued.outcome(), -1));
                }
                counts.add(tenant, rows);
                return issued.outcome().equals(NOT_YET) ? Counted.COUNTED : Counted.REPLACED;
            }
        }
        return Counted.ALREADY_COUNTED;
    }

    private static List<OutcomeCount> rows(IssuedCard card, String measure, long n) {
        List<OutcomeCount> rows = new ArrayList<>();
        rows.add(new OutcomeCount(card.isoWeek(), card.centre(), FollowUps.SERVICE, card.service(), measure, n));
        for (String rule : rules(card)) {
            rows.add(new OutcomeCount(card.isoWeek(), card.centre(), FollowUps.RULE, rule, measure, n));
        }
        return rows;
    }

    int deleteExpired() {
        return cards.deleteExpiredCards(clock.millis());
    }

    private static List<String> rules(IssuedCard card) {
        try {
            return JSON.readValue(card.rules(), RULES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card row that Lotsen wrote cannot be read back", e);
        }
    }

    private static String json(List<String> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
