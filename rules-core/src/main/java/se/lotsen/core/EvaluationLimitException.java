package se.lotsen.core;

import java.util.List;

/**
 * A rule set went past its evaluation bounds (too many rule firings, or too long): the rule set is
 * wrong, not the request. Validation reports it before a rule set can serve.
 */
public final class EvaluationLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> busiestRules;

    public EvaluationLimitException(String message, List<String> busiestRules) {
        super(message + (busiestRules.isEmpty() ? "" : "; the rules that fired most: " + String.join(", ", busiestRules)));
        this.busiestRules = List.copyOf(busiestRules);
    }

    public List<String> busiestRules() {
        return busiestRules;
    }
}
