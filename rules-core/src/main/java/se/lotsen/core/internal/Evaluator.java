package se.lotsen.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import se.lotsen.core.Evaluation;
import se.lotsen.core.EvaluationLimitException;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * One evaluation from request to pathway: validation, facts, the routing tables, the rules, assembly.
 * The rules are a strategy, so the benchmarks' hand-coded baseline shares everything else.
 */
public final class Evaluator {
    /** What runs the rules over one family's facts into the collector. */
    public interface Rules {
        /**
         * @param out the evaluation's own collector (rules call it as {@link se.lotsen.core.vocabulary.Advice})
         * @return the wall time it took, in nanoseconds
         */
        long run(Family family, List<NeedFact> needs, EpdsFact epds, RecordedAdvice out);

        /** Releases what the rules hold (pooled sessions); nothing by default. */
        default void close() {
        }
    }

    private static final long DEADLINE_NANOS = RuleSetLimits.EVALUATION_DEADLINE_MILLIS * 1_000_000;

    private final RuleSet ruleSet;
    private final Rules rules;
    private final Clock clock;
    private final FactBuilder facts;
    private final RequestValidator validator;
    private final TableRouter tables;
    private final PathwayAssembler assembler;

    public Evaluator(RuleSet ruleSet, Rules rules, Clock clock) {
        this.ruleSet = ruleSet;
        this.rules = rules;
        this.clock = clock;
        this.facts = new FactBuilder(ruleSet.manifest());
        List<String> formCodes = new ArrayList<>();
        for (EpdsForm form : ruleSet.manifest().epds().forms()) {
            formCodes.add(form.code());
            formCodes.addAll(form.aliases());
        }
        this.validator = new RequestValidator(ruleSet.catalog(), facts.epdsReader(), formCodes);
        this.tables = new TableRouter(ruleSet.tables());
        this.assembler = new PathwayAssembler(ruleSet);
    }

    /** Today in Sweden, which decides (for instance) whether a child has started förskoleklass. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PathwayEngine.TIME_ZONE));
    }

    public Pathway suggest(SuggestionRequest request) {
        return run(request, today(), false, true).pathway();
    }

    /** Like {@link #suggest} on a given date, naming every rule that produced something; bounded in time too. */
    public Evaluation evaluate(SuggestionRequest request, LocalDate date) {
        return evaluate(request, date, true);
    }

    /** @param validate false only for requests valid by construction (validation's generated families) */
    public Evaluation evaluate(SuggestionRequest request, LocalDate date, boolean validate) {
        return run(request, date, true, validate);
    }

    private Evaluation run(SuggestionRequest request, LocalDate date, boolean explain, boolean validate) {
        if (validate) {
            List<Violation> violations = validator.violations(request);
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
        }
        FactBuilder.Facts built = facts.build(request, date);
        RecordedAdvice first = new RecordedAdvice();
        tables.route(built.family(), built.needs(), first);
        long nanos = rules.run(built.family(), built.needs(), built.epds(), first);
        // The overrun, its second try and its message stay out of this hot method: inline, they made a validate on the
        // quick-start compiler 20-30 % slower (5.6-6.4 s against 4.3-4.8 s for the default, measured side by side).
        RecordedAdvice advice = explain && nanos > DEADLINE_NANOS ? askedAgain(built) : first;
        Pathway pathway = assembler.assemble(request, built, advice, date);
        if (!explain) {
            return new Evaluation(pathway, List.of(), List.of(), built.family(), built.epds());
        }
        return new Evaluation(pathway, List.copyOf(advice.rules), advice.proposals.stream()
                .map(p -> new Evaluation.Proposed(p.ruleId(), p.service(), p.urgency(), p.tier(), p.safeguarding())).toList(),
                built.family(), built.epds());
    }

    /**
     * A pause of the whole JVM (a collection, the compiler, a busy machine) can stretch one evaluation past the
     * deadline. The rules are deterministic, so the family is asked once more and only a second overrun counts.
     */
    private RecordedAdvice askedAgain(FactBuilder.Facts built) {
        RecordedAdvice advice = new RecordedAdvice();
        tables.route(built.family(), built.needs(), advice);
        long nanos = rules.run(built.family(), built.needs(), built.epds(), advice);
        if (nanos > DEADLINE_NANOS) {
            throw new EvaluationLimitException("the rules took " + nanos / 1_000_000 + " ms for one family (at most "
                    + RuleSetLimits.EVALUATION_DEADLINE_MILLIS + " ms)", RuleSessions.busiest(advice));
        }
        return advice;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Releases the rules' pooled sessions; the evaluator serves no more afterwards. */
    public void close() {
        rules.close();
    }

    /** The Drools rules, run in pooled sessions. */
    public static Rules drools(KieBase kieBase) {
        RuleSessions sessions = new RuleSessions(kieBase);
        return new Rules() {
            @Override
            public long run(Family family, List<NeedFact> needs, EpdsFact epds, RecordedAdvice out) {
                return sessions.run(new FactBuilder.Facts(family, needs, epds, List.of()), out);
            }

            @Override
            public void close() {
                sessions.close();
            }
        };
    }
}
