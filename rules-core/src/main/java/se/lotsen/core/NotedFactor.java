package se.lotsen.core;

/** A protective factor the family has, with the rule set's advice on strengthening it. */
public record NotedFactor(ProtectiveFactor code, Text label, Text advice) {
}
