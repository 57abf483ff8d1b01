package se.lotsen.core.ruleset;

/**
 * How big a rule set may be and how much one evaluation may do. Policy owners write tables of a few
 * hundred rows and a few dozen rules; the limits leave room for a region with many centres (10,000
 * rows is the size the benchmarks grow to) and stop a file that could exhaust the server.
 */
public final class RuleSetLimits {
    /** One file (DRL, table, YAML). */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** DRL rules in the whole rule set. */
    public static final int MAX_RULES = 1_000;
    /** Rows in all routing tables together. */
    public static final int MAX_TABLE_ROWS = 20_000;
    /** Characters in one table cell (a reason in one language is a sentence or two). */
    public static final int MAX_CELL_CHARS = 1_000;
    /** Patterns in one rule's conditions; with at most two on needs, one rule matches at most 15 × 15 needs. */
    public static final int MAX_PATTERNS_PER_RULE = 6;
    public static final int MAX_NEED_PATTERNS_PER_RULE = 2;
    /**
     * Levels of brackets in a rule file, counted outside texts and comments. A rule of the closed language needs
     * three or four; the DRL parser and JavaParser recurse per level and overflowed the stack at about 200.
     */
    public static final int MAX_NESTING = 32;
    /**
     * Operator characters ({@code + - * / % & | ^ ? : < > = ! .}) in one expression at one level of brackets. A
     * parsed chain is as deep as it is long, and each level costs the checks a stack frame; a reason joins a few
     * texts and words, far below this.
     */
    public static final int MAX_OPERATORS = 200;
    /** Rule firings in one evaluation; a rule set that goes past it is refused (nothing in the language can loop). */
    public static final int MAX_FIRINGS = 10_000;
    /** Wall time one evaluation may take before validation calls the rule set too slow. */
    public static final long EVALUATION_DEADLINE_MILLIS = 250;

    private RuleSetLimits() {
    }
}
