package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lotsen.core.PathwayEngine;
import se.lotsen.policy.RuleSetLoader;

/** Tenants serving the same stored version share one engine, and it is closed only when the last of them lets it go. */
class SharedEnginesTest {
    @Test
    void oneCompileForEveryTenantOfAVersionAndTheLastReleaseFreesIt() {
        SharedEngines shared = new SharedEngines();
        AtomicInteger compiles = new AtomicInteger();
        try (PathwayEngine engine = PathwayEngine.builder().ruleSet(RuleSetLoader.defaultRuleSet()).build()) {
            Serving compiled = new Serving(engine, "region", "1", "h", List.of());

            Serving first = shared.acquire("region 1", () -> {
                compiles.incrementAndGet();
                return compiled;
            });
            Serving second = shared.acquire("region 1", () -> {
                compiles.incrementAndGet();
                return compiled;
            });

            assertThat(second).isSameAs(first);
            assertThat(compiles).hasValue(1);
            assertThat(shared.release(engine)).as("another tenant still serves it").isFalse();
            assertThat(shared.release(engine)).as("the last one let it go").isTrue();
            assertThat(shared.size()).isZero();
            assertThat(shared.release(engine)).as("an engine never shared is its one tenant's to close").isTrue();
        }
    }
}
