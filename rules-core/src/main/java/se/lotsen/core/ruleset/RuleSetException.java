package se.lotsen.core.ruleset;

import java.util.List;

/** A rule set that cannot serve: each problem names the file and line inside the rule set. */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RuleSetException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the rule set, first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem, printed as {@code path:line: message} (line 0 when unknown), in the words of a
     * policy owner: {@code message} in English, {@code sv} in Swedish.
     */
    public record Problem(String path, int line, String message, String sv) {
        public Problem {
            sv = sv == null ? message : sv;
        }

        public static Problem of(String path, int line, String sv, String en) {
            return new Problem(path, line, en, sv);
        }

        @Override
        public String toString() {
            return path + ":" + Math.max(line, 0) + ": " + message;
        }
    }
}
