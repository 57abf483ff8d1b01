package se.lotsen.core;

import java.util.List;

/** A request the engine will not answer; each violation names the field and what is wrong. */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid request" : violations.get(0).field() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
