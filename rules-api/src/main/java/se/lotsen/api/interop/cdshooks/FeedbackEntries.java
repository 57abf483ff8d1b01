package se.lotsen.api.interop.cdshooks;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.lotsen.api.errors.ApiError;
import se.lotsen.core.Violation;

/**
 * Feedback as CDS Hooks 2.0 defines it: every entry names its card (a uuid), its outcome ({@code accepted}
 * or {@code overridden}) and its outcomeTimestamp. The whole request is checked first, so a request with one
 * bad entry counts nothing; then each entry is counted once for its card, and unknown or expired cards are
 * named in the answer.
 */
final class FeedbackEntries {
    static final int MAX_ENTRIES = 100;
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final Map<String, String> MEASURES = Map.of("accepted", "CARD_ACCEPTED", "overridden", "CARD_OVERRIDDEN");

    /** The answer: how many entries were counted, and which cards were ignored and why. */
    record Answer(Map<CardMemory.Counted, Integer> entries, List<Ignored> ignored) {
    }

    record Ignored(String card, String reason) {
    }

    private FeedbackEntries() {
    }

    static Optional<Response> problem(CdsHooks.Feedback feedback) {
        if (feedback == null || feedback.feedback() == null || feedback.feedback().isEmpty()) {
            return invalid(List.of(new Violation("feedback", "is required: {feedback: [{card, outcome, outcomeTimestamp}]}", List.of())));
        }
        if (feedback.feedback().size() > MAX_ENTRIES) {
            return invalid(List.of(new Violation("feedback", "holds at most " + MAX_ENTRIES + " entries", List.of())));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < feedback.feedback().size(); i++) {
            CdsHooks.CardFeedback entry = feedback.feedback().get(i);
            String at = "feedback[" + i + "]";
            if (entry == null) {
                violations.add(new Violation(at, "must be an object {card, outcome, outcomeTimestamp}", List.of()));
                continue;
            }
            if (entry.card() == null || !entry.card().matches(UUID)) {
                violations.add(new Violation(at + ".card", "must be the uuid of a card Lotsen gave", List.of()));
            }
            if (!MEASURES.containsKey(entry.outcome())) {
                violations.add(new Violation(at + ".outcome", "must be accepted or overridden", List.of("accepted", "overridden")));
            }
            if (!instant(entry.outcomeTimestamp())) {
                violations.add(new Violation(at + ".outcomeTimestamp", "is required: when the user acted, ISO 8601 with a zone "
                        + "(2026-11-24T10:00:00Z)", List.of()));
            }
        }
        return violations.isEmpty() ? Optional.empty() : invalid(violations);
    }

    static Answer count(CdsHooks.Feedback feedback, CardMemory cards, String tenant) {
        Map<CardMemory.Counted, Integer> entries = new EnumMap<>(CardMemory.Counted.class);
        List<Ignored> ignored = new ArrayList<>();
        for (CdsHooks.CardFeedback entry : feedback.feedback()) {
            CardMemory.Counted counted = cards.count(tenant, entry.card().toLowerCase(Locale.ROOT), MEASURES.get(entry.outcome()));
            entries.merge(counted, 1, Integer::sum);
            if (counted == CardMemory.Counted.UNKNOWN) {
                ignored.add(new Ignored(entry.card(), "Lotsen gave no such card, or has forgotten it"));
            } else if (counted == CardMemory.Counted.EXPIRED) {
                ignored.add(new Ignored(entry.card(), "the card is too old for feedback"));
            }
        }
        return new Answer(entries, ignored);
    }

    private static boolean instant(String text) {
        if (text == null || text.length() > 40) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Response> invalid(List<Violation> violations) {
        return Optional.of(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.invalid(violations)).build());
    }
}
