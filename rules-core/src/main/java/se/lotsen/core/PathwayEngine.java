package se.lotsen.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import se.lotsen.core.internal.EngineParts;
import se.lotsen.core.internal.Outcome;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;

/**
 * Suggests pathways from one rule set. The rules are compiled once, when the engine is built;
 * {@link #suggest} is thread-safe, does no I/O, and gives the same pathway for the same request.
 *
 * <pre>{@code
 * PathwayEngine engine = PathwayEngine.builder().ruleSet(ruleSet).build();
 * Pathway pathway = engine.suggest(request);
 * }</pre>
 */
public final class PathwayEngine {
    private final RuleSet ruleSet;
    private final KieBase kieBase;
    private final EngineParts parts;

    private PathwayEngine(RuleSet ruleSet, KieBase kieBase) {
        this.ruleSet = ruleSet;
        this.kieBase = kieBase;
        this.parts = new EngineParts(ruleSet);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The names of every rule in the compiled rule set (DRL rules and decision-table rows), sorted. */
    public List<String> ruleNames() {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName)
                .sorted()
                .toList();
    }

    /**
     * @throws InvalidRequestException when the request has unknown codes, out-of-range numbers,
     *                                 or disagreeing EPDS scores; nothing is evaluated then
     */
    public Pathway suggest(SuggestionRequest request) {
        Outcome outcome = new Outcome();
        run(request, outcome, null);
        return parts.assemble(request, outcome);
    }

    /** Like {@link #suggest}, and also names every rule that fired, for scenario checks and coverage. */
    public Evaluation evaluate(SuggestionRequest request) {
        Outcome outcome = new Outcome();
        List<String> fired = new ArrayList<>();
        run(request, outcome, fired);
        return new Evaluation(parts.assemble(request, outcome), fired.stream().distinct().sorted().toList(),
                parts.proposed(outcome));
    }

    /** Validates, then runs the rules into {@code outcome}; names the fired rules only when asked (not on the request path). */
    private void run(SuggestionRequest request, Outcome outcome, List<String> fired) {
        List<Violation> violations = parts.validator().violations(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("out", outcome);
        if (fired != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
        }
        session.execute(parts.facts(request));
    }

    public static final class Builder {
        private RuleSet ruleSet;

        public Builder ruleSet(RuleSet ruleSet) {
            this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
            return this;
        }

        /**
         * Compiles the rule set.
         *
         * @throws RuleSetException with each problem's file and line when it does not compile
         */
        public PathwayEngine build() {
            Objects.requireNonNull(ruleSet, "a rule set is required");
            return new PathwayEngine(ruleSet, RuleSetCompiler.compile(ruleSet));
        }
    }
}
