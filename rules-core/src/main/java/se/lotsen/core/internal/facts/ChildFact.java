package se.lotsen.core.internal.facts;

/** The child's age in months; {@code -1} when the family is expecting (so an age range from -1 includes pregnancy). */
public record ChildFact(int ageMonths, boolean expecting) {
}
