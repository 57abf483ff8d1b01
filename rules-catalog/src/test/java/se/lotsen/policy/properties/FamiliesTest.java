package se.lotsen.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.RuleSets;

/**
 * Exploration skips request validation because every family it generates is a valid request: this
 * holds that, by validating every grid family and many random ones the way a request from outside
 * is validated.
 */
class FamiliesTest {
    @Test
    void everyGeneratedFamilyIsAValidRequest() {
        RuleSet ruleSet = RuleSetLoader.load(RuleSets.DEFAULT, BaseResolver.bundled(), RuleSets.DAY).ruleSet();
        PathwayEngine engine = PathwayEngine.builder().ruleSet(ruleSet)
                .clock(Clock.fixed(RuleSets.DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
        Families families = new Families(ruleSet, RuleSets.DAY);

        families.grid().parallelStream().forEach(s -> engine.evaluate(s.request(), s.date()));
        IntStream.range(0, 30_000).parallel().mapToObj(families::random).forEach(s -> engine.evaluate(s.request(), s.date()));

        assertThat(families.grid()).hasSizeGreaterThan(60_000);
    }
}
