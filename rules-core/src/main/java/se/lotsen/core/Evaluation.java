package se.lotsen.core;

import java.util.List;

/** A pathway and every rule that fired to produce it, for scenario checks and rule coverage. */
public record Evaluation(Pathway pathway, List<String> firedRules) {
    public Evaluation {
        firedRules = List.copyOf(firedRules);
    }
}
