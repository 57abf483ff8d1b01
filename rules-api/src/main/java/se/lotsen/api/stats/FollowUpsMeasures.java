package se.lotsen.api.stats;

import java.util.List;

/** The follow-up's measures as the evaluation counts them, and how they add up within a line. */
final class FollowUpsMeasures {
    static final String SUGGESTED = "SUGGESTED";
    static final String FOLLOWED_UP = "FOLLOWED_UP";
    /** Each question's answers: at most one of each a step, each within the step's being followed up. */
    static final List<List<String>> QUESTIONS = List.of(List.of("CONTACTED", "NOT_CONTACTED"),
            List.of("HELPED", "NOT_HELPED", "NOT_NEEDED"));

    private FollowUpsMeasures() {
    }
}
