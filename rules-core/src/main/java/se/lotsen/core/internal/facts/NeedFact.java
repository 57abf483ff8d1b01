package se.lotsen.core.internal.facts;

import se.lotsen.core.Severity;

/** A need as the rules see it. Codes are strings so that rule files stay plain text for policy owners. */
public record NeedFact(String category, String severity) {

    /** True when this need is at least as severe as {@code level} (MILD, MODERATE, SEVERE). */
    public boolean atLeast(String level) {
        return Severity.valueOf(severity).ordinal() >= Severity.valueOf(level).ordinal();
    }

    /** True when this need is at most as severe as {@code level}. */
    public boolean atMost(String level) {
        return Severity.valueOf(severity).ordinal() <= Severity.valueOf(level).ordinal();
    }
}
