package se.lotsen.api;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import se.lotsen.api.auth.ApiKeyAuth;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.db.Store;
import se.lotsen.api.errors.ErrorMappers;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.handout.HandoutResource;
import se.lotsen.api.health.RuleSetHealthCheck;
import se.lotsen.api.interop.cdshooks.CdsHooksInterop;
import se.lotsen.api.interop.fhir.FhirErrors;
import se.lotsen.api.interop.fhir.FhirMetadataResource;
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
    private final Store store;
    private final Clock clock;
    private final ActiveEngine engine;
    private final RuleSetPublisher publisher;
    private final ApiKeys keys;
    private final SuggestionCounter counter;
    private final FollowUps followUps;
    private final WorkKinds work;

    private Lotsen(Store store, Clock clock, ActiveEngine engine, RuleSetPublisher publisher, ApiKeys keys,
                   SuggestionCounter counter, FollowUps followUps, WorkKinds work) {
        this.store = store;
        this.clock = clock;
        this.engine = engine;
        this.publisher = publisher;
        this.keys = keys;
        this.counter = counter;
        this.followUps = followUps;
        this.work = work;
    }

    /**
     * Builds the parts and starts serving a rule set: the configured directory, the store's active one,
     * or the bundled default. Compiling it overlaps the rest of the server's start (on the rule-set
     * thread, compiling in the validation pool); the server opens its ports only when a rule set serves.
     */
    static Lotsen start(LotsenConfiguration configuration, Environment environment, Store store, Clock clock) {
        WorkKinds work = WorkKinds.start(configuration.getRuleSets(), environment);
        ActiveEngine engine = new ActiveEngine(work.store());
        RuleSetPublisher publisher = new RuleSetPublisher(engine, store.ruleSets(), environment.getObjectMapper(), clock,
                configuration.getRuleSets().getExplore(), work.validation());
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> publisher.start(configuration.getRuleSets().getDirectory()),
                work.ruleSets());
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
                new SuggestionCounter(store.counters(), clock), followUps, work);
    }

    /** The background work, each kind on its own executor (see {@link WorkKinds}); counts are written once more at shutdown. */
    void schedule(LotsenConfiguration configuration, Environment environment) {
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                scheduleOnceServing(configuration, environment.metrics());
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
    private void scheduleOnceServing(LotsenConfiguration configuration, MetricRegistry metrics) {
        RuleSetsConfiguration ruleSets = configuration.getRuleSets();
        WorkKinds.every(work.keys(), configuration.getKeyRevocationPoll().toMilliseconds(),
                WorkKinds.logged("poll key revocations", keys::pollRevocations));
        long flush = configuration.getStatsFlushInterval().toMilliseconds();
        WorkKinds.every(work.store(), flush, WorkKinds.logged("write the counters", counter::flush));
        WorkKinds.every(work.store(), flush, WorkKinds.logged("write the follow-up", followUps::flush));
        WorkKinds.every(work.store(), TimeUnit.HOURS.toMillis(1), WorkKinds.logged("delete expired follow-up", followUps::deleteExpired));
        WorkKinds.every(work.ruleSets(), ruleSets.getFollowInterval().toMilliseconds(), new StoreFollower(publisher));
        if (ruleSets.getDirectory() != null && ruleSets.isWatch()) {
            WorkKinds.every(work.ruleSets(), ruleSets.getWatchInterval().toMilliseconds(),
                    new DirectoryWatcher(Path.of(ruleSets.getDirectory()), publisher::publishWaiting, metrics));
        }
    }

    void register(LotsenConfiguration configuration, Environment environment) {
        JerseyEnvironment jersey = environment.jersey();
        ApiKeyAuth.register(jersey, keys);
        ErrorMappers.register(jersey);
        jersey.register(new PathwayResource(engine, counter, followUps, environment.metrics()));
        jersey.register(new CodesResource(engine));
        jersey.register(new ServiceResource(engine));
        jersey.register(new RuleSetResource(publisher, environment.getObjectMapper()));
        // Both count endpoints decide on what the store holds; a flush that fails leaves the rest for the next one.
        Runnable flushCounts = () -> {
            WorkKinds.logged("write the counters", counter::flush).run();
            WorkKinds.logged("write the follow-up", followUps::flush).run();
        };
        jersey.register(new StatsResource(flushCounts, new StatsReport(store.counters(), store.outcomes()), clock));
        jersey.register(new EvaluationResource(new EvaluationReport(store.outcomes(), store.counters()), flushCounts, clock));
        jersey.register(new FollowUpResource(followUps));
        jersey.register(new HandoutResource(followUps, engine, configuration.getFollowUp().getAnswersPerMinute()));
        jersey.register(new PageResource());
        jersey.register(new FhirResource(engine));
        jersey.register(new FhirMetadataResource(engine));
        jersey.register(new FhirErrors());
        CdsHooksInterop.register(jersey, configuration.getCdsHooks(), store, engine, clock);
        jersey.register(new HsdsResource(engine));
        if (configuration.isBenchmarkEndpoints()) {
            jersey.register(new BenchmarkResource());
        }
        jersey.register(OpenApi.resource());
        environment.healthChecks().register("ruleset", new RuleSetHealthCheck(engine));
    }
}
