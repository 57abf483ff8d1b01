package se.lotsen.core;

/**
 * A protective factor the family has, with the rule set's advice on strengthening it (null when
 * the advice is withheld, such as advice involving the partner while there is violence).
 */
public record NotedFactor(ProtectiveFactor code, Text label, Text advice) {
}
