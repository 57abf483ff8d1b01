package se.lotsen.core;

/** Why a step is there (or a note on the pathway): the rule that said so, in Swedish and English. */
public record Reason(String ruleId, String sv, String en) {
}
