package se.lotsen.api.followup;

import java.util.Set;

/**
 * What a parent (or staff at a later visit) says about one step. The parent's page asks one question at a time:
 * "did you get in touch?" ({@link #CONTACTED}, {@link #NOT_CONTACTED}, or {@link #NOT_NEEDED}: the step was not
 * needed), then, after a yes, "did it help?" ({@link #HELPED}, {@link #NOT_HELPED}). A later answer replaces every
 * earlier answer it contradicts, so a step's answers always tell one story and the counts follow the latest.
 */
public enum Outcome {
    CONTACTED,
    NOT_CONTACTED,
    HELPED,
    NOT_HELPED,
    NOT_NEEDED;

    /**
     * True when this answer, given after {@code earlier}, replaces it: an answer to the same question, or one that
     * makes it untrue (no contact, or not needed, leaves nothing to have helped; contact or help undoes "no contact"
     * and "not needed").
     */
    public boolean replaces(Outcome earlier) {
        return this != earlier && switch (this) {
            case CONTACTED -> Set.of(NOT_CONTACTED, NOT_NEEDED).contains(earlier);
            case NOT_CONTACTED, NOT_NEEDED -> true;
            case HELPED, NOT_HELPED -> Set.of(HELPED, NOT_HELPED, NOT_NEEDED, NOT_CONTACTED).contains(earlier);
        };
    }

    /** The answers that ask "did it help?"; the page offers them once the step has {@link #CONTACTED}. */
    public boolean aboutEffect() {
        return this == HELPED || this == NOT_HELPED;
    }
}
