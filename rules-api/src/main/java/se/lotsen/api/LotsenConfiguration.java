package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import se.lotsen.api.interop.cdshooks.CdsHooksConfiguration;
import se.lotsen.api.tenants.TenantConfiguration;

/**
 * Lotsen's configuration. Every setting has a safe default; without a config file the API answers
 * on 127.0.0.1:8080 and the admin port on 127.0.0.1:8081 with the bundled rule set (see
 * {@code SafeServerDefaults}, which also applies when a config file replaces the {@code server:} block).
 */
public class LotsenConfiguration extends Configuration {
    @Valid
    @NotNull
    private DataSourceFactory database = sqlite("lotsen.db");

    @Valid
    @NotNull
    private RuleSetsConfiguration ruleSets = new RuleSetsConfiguration();

    @Valid
    @NotNull
    private RateLimitConfiguration rateLimit = new RateLimitConfiguration();

    @Valid
    @NotNull
    private ConnectionsConfiguration connections = new ConnectionsConfiguration();

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 10, unit = DataSizeUnit.MEBIBYTES)
    private DataSize maxRequestSize = DataSize.kibibytes(64);

    // One second: what waits in memory for the next flush (counts, and follow-up references with their steps) survives
    // every young collection until then; under load, ten seconds of it made the pauses and the p99 about twice as long.
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.HOURS)
    private Duration statsFlushInterval = Duration.seconds(1);

    @Valid
    @NotNull
    private FollowUpConfiguration followUp = new FollowUpConfiguration();

    /** How often each node asks the store whether a key was revoked; a revoked key stops working within it. */
    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration keyRevocationPoll = Duration.milliseconds(500);

    @Valid
    @NotNull
    private CdsHooksConfiguration cdsHooks = new CdsHooksConfiguration();

    /**
     * The tenants this server serves: a region and its municipalities (see README, "A region hosting its
     * municipalities"). Empty: one tenant, {@code default}, serving {@code ruleSets.directory} or its store's rule set.
     */
    @Valid
    @NotNull
    private List<TenantConfiguration> tenants = List.of();

    /** Registers POST /benchmark/noop, the HTTP floor the load benchmark compares against. Off by default. */
    private boolean benchmarkEndpoints;

    /** The embedded SQLite store in {@code file}: a small pool, waiting up to 5 s for a lock. */
    public static DataSourceFactory sqlite(String file) {
        DataSourceFactory db = new DataSourceFactory();
        db.setDriverClass("org.sqlite.JDBC");
        db.setUrl("jdbc:sqlite:" + file + "?busy_timeout=5000");
        db.setValidationQuery("SELECT 1");
        db.setInitialSize(1);
        db.setMinSize(1);
        db.setMaxSize(8);
        return db;
    }

    @JsonProperty
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty
    public List<TenantConfiguration> getTenants() {
        return tenants;
    }

    @JsonProperty
    public void setTenants(List<TenantConfiguration> tenants) {
        this.tenants = tenants;
    }

    /** Every tenant in the config's list names a region that is in the list, and no id comes twice. */
    @AssertTrue(message = "tenants: each id once, and each municipality's region is a region in the list")
    boolean isTenantsConsistent() {
        Set<String> ids = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (TenantConfiguration t : tenants) {
            if (t.getId() != null && !ids.add(t.getId())) {
                return false;
            }
            if (t.getRegion() == null) {
                regions.add(t.getId());
            }
        }
        return tenants.stream().allMatch(t -> t.getRegion() == null || regions.contains(t.getRegion()));
    }

    @JsonProperty
    public RuleSetsConfiguration getRuleSets() {
        return ruleSets;
    }

    @JsonProperty
    public void setRuleSets(RuleSetsConfiguration ruleSets) {
        this.ruleSets = ruleSets;
    }

    @JsonProperty
    public ConnectionsConfiguration getConnections() {
        return connections;
    }

    @JsonProperty
    public void setConnections(ConnectionsConfiguration connections) {
        this.connections = connections;
    }

    @JsonProperty
    public RateLimitConfiguration getRateLimit() {
        return rateLimit;
    }

    @JsonProperty
    public void setRateLimit(RateLimitConfiguration rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** Larger request bodies are refused with 413. */
    @JsonProperty
    public DataSize getMaxRequestSize() {
        return maxRequestSize;
    }

    @JsonProperty
    public void setMaxRequestSize(DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    /** How often the anonymous counters are written to the store. */
    @JsonProperty
    public Duration getStatsFlushInterval() {
        return statsFlushInterval;
    }

    @JsonProperty
    public void setStatsFlushInterval(Duration statsFlushInterval) {
        this.statsFlushInterval = statsFlushInterval;
    }

    @JsonProperty
    public FollowUpConfiguration getFollowUp() {
        return followUp;
    }

    @JsonProperty
    public void setFollowUp(FollowUpConfiguration followUp) {
        this.followUp = followUp;
    }

    @JsonProperty
    public Duration getKeyRevocationPoll() {
        return keyRevocationPoll;
    }

    @JsonProperty
    public void setKeyRevocationPoll(Duration keyRevocationPoll) {
        this.keyRevocationPoll = keyRevocationPoll;
    }

    /** CDS Hooks: trusted CDS clients (JWT), allowed browser origins, the service's address, how long cards answer feedback. */
    @JsonProperty
    public CdsHooksConfiguration getCdsHooks() {
        return cdsHooks;
    }

    @JsonProperty
    public void setCdsHooks(CdsHooksConfiguration cdsHooks) {
        this.cdsHooks = cdsHooks;
    }

    @JsonProperty
    public boolean isBenchmarkEndpoints() {
        return benchmarkEndpoints;
    }

    @JsonProperty
    public void setBenchmarkEndpoints(boolean benchmarkEndpoints) {
        this.benchmarkEndpoints = benchmarkEndpoints;
    }
}
