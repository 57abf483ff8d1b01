package se.lotsen.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lotsen.core.InvalidRequestException;
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

        List<String> refused = Stream.concat(families.grid().parallelStream(),
                        IntStream.range(0, 30_000).parallel().mapToObj(families::random))
                .map(s -> refusal(engine, s)).filter(Objects::nonNull).limit(5).toList();

        assertThat(refused).as("generated families that a request from outside could not be").isEmpty();
        assertThat(families.grid()).hasSizeGreaterThan(60_000);
    }

    /** Validated the way a request from outside is: null when valid, else the request and why not. */
    private static String refusal(PathwayEngine engine, Families.Sample sample) {
        try {
            engine.evaluate(sample.request(), sample.date());
            return null;
        } catch (InvalidRequestException e) {
            return sample.request() + ": " + e.violations();
        }
    }
}
