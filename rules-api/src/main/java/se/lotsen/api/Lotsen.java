package se.lotsen.api;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import se.lotsen.api.auth.ApiKeyAuth;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.db.Store;
import se.lotsen.api.db.Tenant;
import se.lotsen.api.errors.ErrorMappers;
import se.lotsen.api.handout.HandoutResource;
import se.lotsen.api.health.RuleSetHealthCheck;
import se.lotsen.api.interop.cdshooks.CdsHooksInterop;
import se.lotsen.api.interop.fhir.FhirErrors;
import se.lotsen.api.interop.fhir.FhirMetadataResource;
import se.lotsen.api.interop.fhir.FhirResource;
import se.lotsen.api.interop.hsds.HsdsResource;
import se.lotsen.api.publishing.DirectoryWatcher;
import se.lotsen.api.publishing.StoreFollower;
import se.lotsen.api.resources.BaseUpdateResource;
import se.lotsen.api.resources.BenchmarkResource;
import se.lotsen.api.resources.CodesResource;
import se.lotsen.api.resources.EvaluationResource;
import se.lotsen.api.resources.FollowUpResource;
import se.lotsen.api.resources.PageResource;
import se.lotsen.api.resources.PathwayResource;
import se.lotsen.api.resources.RuleSetResource;
import se.lotsen.api.resources.ServiceResource;
import se.lotsen.api.resources.StatsResource;
import se.lotsen.api.resources.TenantResource;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;

/**
 * The running application's parts, built once at start: what serves each tenant, what counts, what checks keys.
 * Every tenant has its own serving rule set, publisher, counters and follow-up ({@link Tenants}); resources find
 * the caller's through its key.
 */
final class Lotsen {
    private final Store store;
    private final Clock clock;
    private final Tenants tenants;
    private final ApiKeys keys;
    private final WorkKinds work;

    private Lotsen(Store store, Clock clock, Tenants tenants, ApiKeys keys, WorkKinds work) {
        this.store = store;
        this.clock = clock;
        this.tenants = tenants;
        this.keys = keys;
        this.work = work;
    }

    /**
     * Builds the parts and starts serving a rule set: the configured directory, the store's active one,
     * or the bundled default. Compiling it overlaps the rest of the server's start (on the rule-set
     * thread, compiling in the validation pool); the server opens its ports only when a rule set serves.
     */
    static Lotsen start(LotsenConfiguration configuration, Environment environment, Store store, Clock clock) {
        WorkKinds work = WorkKinds.start(configuration.getRuleSets(), environment);
        Tenants tenants = Tenants.of(configuration.getTenants(), new Tenants.Parts(store, environment.getObjectMapper(), clock,
                work.store(), work.validation(), configuration.getRuleSets().getExplore(),
                configuration.getFollowUp().getRetention().toJavaDuration(), configuration.getFollowUp().getMaxPending()));
        Map<String, String> directories = new HashMap<>();
        if (configuration.getTenants().isEmpty()) {
            directories.put(Tenant.DEFAULT, configuration.getRuleSets().getDirectory());
        }
        configuration.getTenants().forEach(t -> directories.put(t.getId(), t.getRuleSetDirectory()));
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> tenants.start(directories), work.ruleSets());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() throws JsonProcessingException {
                serving.join();
                // Writing one pathway before the ports open loads the JSON serialisers the first answer would wait for.
                environment.getObjectMapper().writeValueAsBytes(tenants.first().engine().get().suggest(RuleSetHealthCheck.CANARY));
            }
        });
        return new Lotsen(store, clock, tenants, new ApiKeys(store.keys(), clock), work);
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
                tenants.all().forEach(ServedTenant::flush);
            }
        });
    }

    /** Runs after the rule set serves (Managed objects start in order), so the follower never races the start. */
    private void scheduleOnceServing(LotsenConfiguration configuration, MetricRegistry metrics) {
        RuleSetsConfiguration ruleSets = configuration.getRuleSets();
        WorkKinds.every(work.keys(), configuration.getKeyRevocationPoll().toMilliseconds(),
                WorkKinds.logged("poll key revocations", keys::pollRevocations));
        long flush = configuration.getStatsFlushInterval().toMilliseconds();
        for (ServedTenant tenant : tenants.all()) {
            WorkKinds.every(work.store(), flush, WorkKinds.logged("write the counters", tenant.counter()::flush));
            WorkKinds.every(work.store(), flush, WorkKinds.logged("write the follow-up", tenant.followUps()::flush));
            WorkKinds.every(work.store(), TimeUnit.HOURS.toMillis(1), WorkKinds.logged("delete expired follow-up",
                    tenant.followUps()::deleteExpired));
            WorkKinds.every(work.ruleSets(), ruleSets.getFollowInterval().toMilliseconds(), new StoreFollower(tenant.publisher()));
        }
        if (configuration.getTenants().isEmpty() && ruleSets.getDirectory() != null && ruleSets.isWatch()) {
            WorkKinds.every(work.ruleSets(), ruleSets.getWatchInterval().toMilliseconds(),
                    new DirectoryWatcher(Path.of(ruleSets.getDirectory()), tenants.first().publisher()::publishWaiting, metrics));
        }
    }

    void register(LotsenConfiguration configuration, Environment environment) {
        JerseyEnvironment jersey = environment.jersey();
        ApiKeyAuth.register(jersey, keys);
        ErrorMappers.register(jersey);
        jersey.register(new PathwayResource(tenants, environment.metrics()));
        jersey.register(new CodesResource(tenants));
        jersey.register(new ServiceResource(tenants));
        jersey.register(new TenantResource(tenants));
        jersey.register(new RuleSetResource(tenants, environment.getObjectMapper()));
        jersey.register(new BaseUpdateResource(tenants));
        // Both count endpoints decide on what the store holds; a flush that fails leaves the rest for the next one.
        Consumer<ServedTenant> flushCounts = tenant -> {
            WorkKinds.logged("write the counters", tenant.counter()::flush).run();
            WorkKinds.logged("write the follow-up", tenant.followUps()::flush).run();
        };
        jersey.register(new StatsResource(tenants, flushCounts, clock));
        jersey.register(new EvaluationResource(tenants, flushCounts, clock));
        jersey.register(new FollowUpResource(tenants));
        jersey.register(new HandoutResource(tenants, configuration.getFollowUp().getAnswersPerMinute()));
        jersey.register(new PageResource());
        jersey.register(new FhirResource(tenants));
        jersey.register(new FhirMetadataResource(tenants));
        jersey.register(new FhirErrors());
        CdsHooksInterop.register(jersey, configuration.getCdsHooks(), store, tenants, clock);
        jersey.register(new HsdsResource(tenants));
        if (configuration.isBenchmarkEndpoints()) {
            jersey.register(new BenchmarkResource());
        }
        jersey.register(OpenApi.resource());
        environment.healthChecks().register("ruleset", new RuleSetHealthCheck(tenants));
    }
}
