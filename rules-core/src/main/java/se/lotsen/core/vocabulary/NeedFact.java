package se.lotsen.core.vocabulary;

import se.lotsen.core.NeedCategory;
import se.lotsen.core.Severity;

/** A need the parent expresses, as rules see it: one per need category. */
public record NeedFact(NeedCategory category, Severity severity) {
}
