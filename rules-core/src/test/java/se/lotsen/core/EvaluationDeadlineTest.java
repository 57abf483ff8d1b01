package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.internal.Evaluator;
import se.lotsen.core.internal.RecordedAdvice;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

class EvaluationDeadlineTest {
    private static final long OVER_THE_DEADLINE = 400_000_000L;
    private static final long QUICK = 20_000L;
    private static final SuggestionRequest FAMILY = SuggestionRequest.builder().childAgeMonths(14).need(NeedCategory.SLEEP).build();

    /** Rules that report the wall times they are given, one a run, and count their runs. */
    private static final class TimedRules implements Evaluator.Rules {
        private final Deque<Long> times;
        private int runs;

        TimedRules(Long... times) {
            this.times = new ArrayDeque<>(List.of(times));
        }

        @Override
        public long run(Family family, List<NeedFact> needs, EpdsFact epds, RecordedAdvice out) {
            runs++;
            return times.isEmpty() ? QUICK : times.pop();
        }
    }

    private static Evaluator evaluator(TimedRules rules) {
        return new Evaluator(TestRuleSets.standard(), rules, Clock.fixed(TestRuleSets.DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
    }

    @Test
    void oneOverrunIsAskedAgainSoAPauseOfTheJvmDoesNotFailValidation() {
        TimedRules rules = new TimedRules(OVER_THE_DEADLINE, QUICK);

        assertThat(evaluator(rules).evaluate(FAMILY, TestRuleSets.DAY).pathway().steps()).isNotEmpty();
        assertThat(rules.runs).isEqualTo(2);
    }

    @Test
    void aFamilyOverTheDeadlineTwiceIsAnError() {
        TimedRules rules = new TimedRules(OVER_THE_DEADLINE, OVER_THE_DEADLINE);

        assertThatThrownBy(() -> evaluator(rules).evaluate(FAMILY, TestRuleSets.DAY))
                .isInstanceOf(EvaluationLimitException.class).hasMessageContaining("at most " + RuleSetLimits.EVALUATION_DEADLINE_MILLIS + " ms");
    }

    @Test
    void aRequestIsNeverHeldBackByTheDeadline() {
        TimedRules rules = new TimedRules(OVER_THE_DEADLINE, OVER_THE_DEADLINE);

        assertThat(evaluator(rules).suggest(FAMILY).steps()).isNotEmpty();
        assertThat(rules.runs).isEqualTo(1);
    }
}
