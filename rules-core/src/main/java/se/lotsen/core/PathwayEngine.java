package se.lotsen.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import se.lotsen.core.internal.EngineAccess;
import se.lotsen.core.internal.Evaluator;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;

/**
 * Suggests pathways from one rule set. The rules are inspected and compiled once, when the engine
 * is built; {@link #suggest} is thread-safe, does no I/O, and gives the same pathway for the same
 * request on the same day.
 *
 * <pre>{@code
 * PathwayEngine engine = PathwayEngine.builder().ruleSet(ruleSet).build();
 * Pathway pathway = engine.suggest(request);
 * }</pre>
 */
public final class PathwayEngine implements AutoCloseable {
    /** Where "today" is: förskoleklass, ISO weeks of the counts and the follow-up's days are Swedish dates. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Stockholm");

    static {
        // Validation evaluates the families it generates without validating each request again; embedding code cannot.
        EngineAccess.install((EngineAccess.Engines) (engine, request, date) -> engine.evaluator.evaluate(request, date, false));
    }

    private final Evaluator evaluator;
    private final List<String> ruleNames;

    private PathwayEngine(Evaluator evaluator, List<String> ruleNames) {
        this.evaluator = evaluator;
        this.ruleNames = ruleNames;
    }

    public static Builder builder() {
        return new Builder();
    }

    public RuleSet ruleSet() {
        return evaluator.ruleSet();
    }

    /** The names of every rule: DRL rules and routing-table rows, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    /**
     * @throws InvalidRequestException   when the request has unknown codes, out-of-range numbers, or
     *                                   disagreeing EPDS scores; nothing is evaluated then
     * @throws EvaluationLimitException  when the rule set goes past its bounds (validation catches this
     *                                   before a rule set can serve)
     */
    public Pathway suggest(SuggestionRequest request) {
        return evaluator.suggest(request);
    }

    /**
     * Like {@link #suggest} for the given date, and names every rule that produced something, for
     * scenarios, properties and analysis. Also fails when one evaluation takes too long.
     */
    public Evaluation evaluate(SuggestionRequest request, LocalDate date) {
        return evaluator.evaluate(request, date, true);
    }

    /**
     * Releases the engine's pooled rule sessions. Call it once nothing will ask this engine again (a server
     * does after a swap, when requests in flight have finished); {@code suggest} afterwards throws
     * {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        evaluator.close();
    }

    /** Today, as the engine's clock sees it in Sweden. */
    public LocalDate today() {
        return evaluator.today();
    }

    public static final class Builder {
        private RuleSet ruleSet;
        private Clock clock = Clock.systemUTC();

        public Builder ruleSet(RuleSet ruleSet) {
            this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
            return this;
        }

        /** The clock that says what day it is (tests and validation fix it). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Inspects and compiles the rule set.
         *
         * @throws RuleSetException with each problem's file and line when a rule file is outside the
         *                          rule language or does not compile
         */
        public PathwayEngine build() {
            Objects.requireNonNull(ruleSet, "a rule set is required");
            RuleSetCompiler.Compiled compiled = RuleSetCompiler.compile(ruleSet);
            return new PathwayEngine(new Evaluator(ruleSet, Evaluator.drools(compiled.kieBase()), clock), compiled.ruleNames());
        }
    }
}
