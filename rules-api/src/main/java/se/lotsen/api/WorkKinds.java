package se.lotsen.api;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.api.publishing.ValidationPool;

/**
 * Each kind of work on its own executor, so one kind never holds up another (a validation of the
 * whole grid used to share two threads with key revocations and flushes):
 * <ul>
 *   <li>requests: Jetty's thread pool (Dropwizard's {@code server} settings);</li>
 *   <li>{@link #keys}: polling key revocations, one thread of its own, so a revoked key stops working
 *       within the promised poll whatever else is slow;</li>
 *   <li>{@link #store}: writing counts and follow-up, deleting expired rows, closing swapped-out engines;</li>
 *   <li>{@link #ruleSets}: the start's compile, following the shared store, watching the directory —
 *       each hands its checking and compiling to {@link #validation};</li>
 *   <li>{@link #validation}: validating and compiling, bounded and refused past its places.</li>
 * </ul>
 * All are Dropwizard-managed and stop with the server.
 */
final class WorkKinds {
    private static final Logger LOG = LoggerFactory.getLogger(WorkKinds.class);

    private final ScheduledExecutorService keys;
    private final ScheduledExecutorService store;
    private final ScheduledExecutorService ruleSets;
    private final ValidationPool validation;

    WorkKinds(ScheduledExecutorService keys, ScheduledExecutorService store, ScheduledExecutorService ruleSets,
              ValidationPool validation) {
        this.keys = keys;
        this.store = store;
        this.ruleSets = ruleSets;
        this.validation = validation;
    }

    static WorkKinds start(RuleSetsConfiguration configuration, Environment environment) {
        ValidationPool validation = ValidationPool.forCores(configuration.getValidationThreads(),
                configuration.getConcurrentValidations());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                validation.close();
            }
        });
        environment.metrics().register(MetricRegistry.name(ValidationPool.class, "running"), (Gauge<Integer>) validation::running);
        return new WorkKinds(single(environment, "lotsen-keys"), single(environment, "lotsen-store"),
                single(environment, "lotsen-rulesets"), validation);
    }

    private static ScheduledExecutorService single(Environment environment, String name) {
        return environment.lifecycle().scheduledExecutorService(name + "-%d").threads(1).build();
    }

    ScheduledExecutorService keys() {
        return keys;
    }

    ScheduledExecutorService store() {
        return store;
    }

    ScheduledExecutorService ruleSets() {
        return ruleSets;
    }

    ValidationPool validation() {
        return validation;
    }

    static void every(ScheduledExecutorService executor, long millis, Runnable task) {
        executor.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A task that logs its failure with the cause and runs again next time, instead of being cancelled by the executor. */
    static Runnable logged(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("could not {} yet; trying again at the next turn", what, e);
            }
        };
    }
}
