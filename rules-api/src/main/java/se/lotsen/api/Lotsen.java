package se.lotsen.api;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.api.auth.ApiKeyAuth;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.db.Store;
import se.lotsen.api.errors.ErrorMappers;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.handout.HandoutResource;
import se.lotsen.api.health.RuleSetHealthCheck;
import se.lotsen.api.interop.cdshooks.CdsHooksResource;
import se.lotsen.api.interop.fhir.FhirResource;
import se.lotsen.api.interop.hsds.HsdsResource;
import se.lotsen.api.resources.BenchmarkResource;
import se.lotsen.api.resources.CodesResource;
import se.lotsen.api.resources.EvaluationResource;
import se.lotsen.api.resources.FollowUpResource;
import se.lotsen.api.resources.PageResource;
import se.lotsen.api.resources.PathwayResource;
import se.lotsen.api.resources.RuleSetResource;
import se.lotsen.api.resources.ServiceResource;
import se.lotsen.api.resources.StatsResource;
import se.lotsen.api.rulesets.ActiveEngine;
import se.lotsen.api.rulesets.DirectoryWatcher;
import se.lotsen.api.rulesets.RuleSetPublisher;
import se.lotsen.api.rulesets.StoreFollower;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.stats.SuggestionCounter;

/** The running application's parts, built once at start: what serves, what counts, what checks keys. */
final class Lotsen {
    private static final Logger LOG = LoggerFactory.getLogger(Lotsen.class);

    private final Store store;
    private final Clock clock;
    private final ActiveEngine engine;
    private final RuleSetPublisher publisher;
    private final ApiKeys keys;
    private final SuggestionCounter counter;
    private final FollowUps followUps;

    private Lotsen(Store store, Clock clock, ActiveEngine engine, RuleSetPublisher publisher, ApiKeys keys,
                   SuggestionCounter counter, FollowUps followUps) {
        this.store = store;
        this.clock = clock;
        this.engine = engine;
        this.publisher = publisher;
        this.keys = keys;
        this.counter = counter;
        this.followUps = followUps;
    }

    /**
     * Builds the parts and starts serving a rule set: the configured directory, the store's active one,
     * or the bundled default. Compiling it overlaps the rest of the server's start; the server opens its
     * ports only when a rule set serves.
     */
    static Lotsen start(LotsenConfiguration configuration, Environment environment, Store store, Clock clock) {
        ActiveEngine engine = new ActiveEngine();
        RuleSetPublisher publisher = new RuleSetPublisher(engine, store.ruleSets(), environment.getObjectMapper(), clock,
                configuration.getRuleSets().getExplore());
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> publisher.start(configuration.getRuleSets().getDirectory()));
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() throws JsonProcessingException {
                serving.join();
                // Writing one pathway before the ports open loads the JSON serialisers the first answer would wait for.
                environment.getObjectMapper().writeValueAsBytes(engine.get().suggest(RuleSetHealthCheck.CANARY));
            }
        });
        FollowUps followUps = new FollowUps(store.followUps(), store.outcomes(), clock,
                configuration.getFollowUp().getRetention().toJavaDuration(), configuration.getFollowUp().getMaxPending());
        return new Lotsen(store, clock, engine, publisher, new ApiKeys(store.keys(), clock),
                new SuggestionCounter(store.counters(), clock), followUps);
    }

    /** The background work, on Dropwizard-managed executors; counts are written once more at shutdown. */
    void schedule(LotsenConfiguration configuration, Environment environment) {
        ScheduledExecutorService tasks = environment.lifecycle().scheduledExecutorService("lotsen-tasks").threads(2).build();
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                scheduleOnceServing(configuration, tasks, environment.metrics());
            }
        });
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                counter.flush();
                followUps.flush();
            }
        });
    }

    /** Runs after the rule set serves (Managed objects start in order), so the follower never races the start. */
    private void scheduleOnceServing(LotsenConfiguration configuration, ScheduledExecutorService tasks, MetricRegistry metrics) {
        RuleSetsConfiguration ruleSets = configuration.getRuleSets();
        every(tasks, ruleSets.getFollowInterval().toMilliseconds(), new StoreFollower(publisher));
        if (ruleSets.getDirectory() != null && ruleSets.isWatch()) {
            every(tasks, ruleSets.getWatchInterval().toMilliseconds(),
                    new DirectoryWatcher(Path.of(ruleSets.getDirectory()), publisher, metrics));
        }
        every(tasks, configuration.getKeyRevocationPoll().toMilliseconds(), logged("poll key revocations", keys::pollRevocations));
        long flush = configuration.getStatsFlushInterval().toMilliseconds();
        every(tasks, flush, logged("write the counters", counter::flush));
        every(tasks, flush, logged("write the follow-up", followUps::flush));
        every(tasks, TimeUnit.HOURS.toMillis(1), logged("delete expired follow-up", followUps::deleteExpired));
    }

    void register(LotsenConfiguration configuration, Environment environment) {
        JerseyEnvironment jersey = environment.jersey();
        ApiKeyAuth.register(jersey, keys);
        ErrorMappers.register(jersey);
        jersey.register(new PathwayResource(engine, counter, followUps, environment.metrics()));
        jersey.register(new CodesResource(engine));
        jersey.register(new ServiceResource(engine));
        jersey.register(new RuleSetResource(publisher, environment.getObjectMapper()));
        jersey.register(new StatsResource(counter, new StatsReport(store.counters()), clock));
        jersey.register(new EvaluationResource(new EvaluationReport(store.outcomes()), followUps, clock));
        jersey.register(new FollowUpResource(followUps));
        jersey.register(new HandoutResource(followUps, engine, configuration.getFollowUp().getAnswersPerMinute()));
        jersey.register(new PageResource());
        jersey.register(new FhirResource(engine));
        jersey.register(new CdsHooksResource(engine, followUps));
        jersey.register(new HsdsResource(engine));
        if (configuration.isBenchmarkEndpoints()) {
            jersey.register(new BenchmarkResource());
        }
        jersey.register(OpenApi.resource());
        environment.healthChecks().register("ruleset", new RuleSetHealthCheck(engine));
    }

    private static void every(ScheduledExecutorService tasks, long millis, Runnable task) {
        tasks.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A task that logs its failure and runs again next time, instead of being cancelled by the executor. */
    private static Runnable logged(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("could not {} yet: {}", what, e.getMessage());
            }
        };
    }
}
