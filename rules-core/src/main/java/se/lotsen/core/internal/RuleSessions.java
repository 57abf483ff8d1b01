package se.lotsen.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import se.lotsen.core.EvaluationLimitException;
import se.lotsen.core.Reason;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * Runs the DRL rules over one family's facts. Sessions come from a pool and are reset when they go
 * back, so a request pays for inserting a handful of facts, not for building a session. Every
 * evaluation is bounded: the rule language cannot loop, and past {@link RuleSetLimits#MAX_FIRINGS}
 * firings the evaluation stops with an error that names the busiest rules.
 */
final class RuleSessions {
    private final KieSessionsPool pool;
    private volatile boolean closed;

    RuleSessions(KieBase kieBase) {
        this.pool = kieBase == null ? null : kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** @return the wall time the rules took, in nanoseconds */
    long run(FactBuilder.Facts facts, RecordedAdvice advice) {
        if (pool == null) {
            return 0;
        }
        if (closed) {
            throw new IllegalStateException("this engine was closed: its rule set no longer serves");
        }
        long start = System.nanoTime();
        KieSession session = pool.newKieSession();
        try {
            session.setGlobal(RuleLanguage.GLOBAL, advice);
            session.insert(facts.family());
            for (NeedFact need : facts.needs()) {
                session.insert(need);
            }
            if (facts.epds() != null) {
                session.insert(facts.epds());
            }
            int fired = session.fireAllRules(RuleSetLimits.MAX_FIRINGS + 1);
            if (fired > RuleSetLimits.MAX_FIRINGS) {
                throw new EvaluationLimitException("the rules fired more than " + RuleSetLimits.MAX_FIRINGS
                        + " times for one family", busiest(advice));
            }
        } finally {
            session.dispose();
        }
        return System.nanoTime() - start;
    }

    /** Releases the pooled sessions; idempotent. */
    void close() {
        closed = true;
        if (pool != null) {
            pool.shutdown();
        }
    }

    static List<String> busiest(RecordedAdvice advice) {
        Map<String, Long> counts = Stream.of(advice.proposals.stream().map(Proposal::ruleId),
                        advice.notes.stream().map(Reason::ruleId), advice.escalations.stream().map(RecordedAdvice.Escalation::ruleId))
                .flatMap(Function.identity())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(3).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }
}
