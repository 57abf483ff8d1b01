package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lotsen.core.internal.Evaluator;

/** An invalid request is refused before any rule runs: the rules, counted, are never asked. */
class RefusedRequestTest {
    @Test
    void anInvalidRequestIsRefusedBeforeAnyRuleRuns() {
        AtomicInteger runs = new AtomicInteger();
        Evaluator evaluator = new Evaluator(TestRuleSets.standard(), (family, needs, epds, out) -> {
            runs.incrementAndGet();
            return 0;
        }, Clock.systemUTC());

        evaluator.suggest(SuggestionRequest.builder().childAgeMonths(12).need(NeedCategory.SLEEP).build());
        assertThat(runs).as("the counting rules are asked for a valid request").hasValue(1);

        assertThatThrownBy(() -> evaluator.suggest(SuggestionRequest.builder().childAgeMonths(84).build()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(runs).as("rules asked for an invalid request").hasValue(1);
    }

    @Test
    void theAllowedRangeComesFromTheDeclaredBoundsOfTheElement() {
        Evaluator evaluator = new Evaluator(TestRuleSets.standard(), (family, needs, epds, out) -> 0, Clock.systemUTC());

        assertThatThrownBy(() -> evaluator.suggest(SuggestionRequest.builder().childAgeMonths(3)
                .epds(Epds.ofItems("sv", 0, 0, 0, 4, 0, 0, 0, 0, 0, 0)).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.allowed()).containsExactly("0..3")));
        assertThatThrownBy(() -> evaluator.suggest(SuggestionRequest.builder().childAgeMonths(3)
                .epds(Epds.ofTotal("sv", 31, 0)).build()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.allowed()).containsExactly("0..30")));
    }
}
