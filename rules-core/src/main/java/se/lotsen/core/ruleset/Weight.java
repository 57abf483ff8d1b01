package se.lotsen.core.ruleset;

/** How much a risk or protective factor weighs, and why: a risk may add weight only with a reason written down. */
public record Weight(int weight, String why) {
}
