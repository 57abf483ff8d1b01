package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.util.Map;

/**
 * Lotsen's configuration. Without a config file the defaults are safe for a family centre's
 * network: the API on 127.0.0.1:8080, the admin port on 127.0.0.1:8081, the bundled rule set.
 */
public class LotsenConfiguration extends Configuration {
    private String ruleSetDirectory;

    @Valid
    @NotNull
    private DataSourceFactory database = sqlite("lotsen.db");

    @Min(1024)
    @Max(10 * 1024 * 1024)
    private long maxRequestBytes = 64 * 1024;

    @Min(1)
    private long rateLimitPerMinute = 600;

    @Min(1)
    private long rateLimitBurst = 60;

    @Min(1)
    @Max(3600)
    private int statsFlushSeconds = 10;

    @Min(1024)
    private long maxRuleSetBytes = 5 * 1024 * 1024;

    @Min(100)
    private long ruleSetWatchMillis = 2000;

    @Min(100)
    private long activeVersionPollMillis = 5000;

    private boolean benchmarkEndpoints;

    /** Registers POST /benchmark/noop, the HTTP floor the load benchmark compares against. Off by default. */
    @JsonProperty
    public boolean isBenchmarkEndpoints() {
        return benchmarkEndpoints;
    }

    @JsonProperty
    public void setBenchmarkEndpoints(boolean benchmarkEndpoints) {
        this.benchmarkEndpoints = benchmarkEndpoints;
    }

    /** How often a node checks the store for a version activated on another node. */
    @JsonProperty
    public long getActiveVersionPollMillis() {
        return activeVersionPollMillis;
    }

    @JsonProperty
    public void setActiveVersionPollMillis(long activeVersionPollMillis) {
        this.activeVersionPollMillis = activeVersionPollMillis;
    }

    /** Larger rule-set zips (POST /rulesets) are refused with 413. */
    @JsonProperty
    public long getMaxRuleSetBytes() {
        return maxRuleSetBytes;
    }

    @JsonProperty
    public void setMaxRuleSetBytes(long maxRuleSetBytes) {
        this.maxRuleSetBytes = maxRuleSetBytes;
    }

    /** How often the rule-set directory is looked at for edits; an edit publishes once it has settled. */
    @JsonProperty
    public long getRuleSetWatchMillis() {
        return ruleSetWatchMillis;
    }

    @JsonProperty
    public void setRuleSetWatchMillis(long ruleSetWatchMillis) {
        this.ruleSetWatchMillis = ruleSetWatchMillis;
    }

    public LotsenConfiguration() {
        DefaultServerFactory server = (DefaultServerFactory) getServerFactory();
        // Dropwizard's own default binds every interface; Lotsen answers on loopback unless told otherwise.
        server.getApplicationConnectors().forEach(c -> {
            ((HttpConnectorFactory) c).setBindHost("127.0.0.1");
            // A slow client cannot hold a connection for long.
            ((HttpConnectorFactory) c).setIdleTimeout(Duration.seconds(15));
        });
        server.getAdminConnectors().forEach(c -> ((HttpConnectorFactory) c).setBindHost("127.0.0.1"));
        ((DefaultLoggingFactory) getLoggingFactory()).setLoggers(Map.of(
                "org.drools", TextNode.valueOf("WARN"),
                "org.kie", TextNode.valueOf("WARN"),
                // Lotsen reports rule compile errors itself, with file and line.
                "org.drools.compiler.kie.builder.impl.KieProject", TextNode.valueOf("OFF")));
    }

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

    /** Larger request bodies are refused with 413. */
    @JsonProperty
    public long getMaxRequestBytes() {
        return maxRequestBytes;
    }

    @JsonProperty
    public void setMaxRequestBytes(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    /** Requests a minute one API key may make, refilled steadily; past it, 429. */
    @JsonProperty
    public long getRateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    @JsonProperty
    public void setRateLimitPerMinute(long rateLimitPerMinute) {
        this.rateLimitPerMinute = rateLimitPerMinute;
    }

    /** Requests one API key may make at once before the per-minute rate applies. */
    @JsonProperty
    public long getRateLimitBurst() {
        return rateLimitBurst;
    }

    @JsonProperty
    public void setRateLimitBurst(long rateLimitBurst) {
        this.rateLimitBurst = rateLimitBurst;
    }

    /** How often the anonymous counters are written to the store. */
    @JsonProperty
    public int getStatsFlushSeconds() {
        return statsFlushSeconds;
    }

    @JsonProperty
    public void setStatsFlushSeconds(int statsFlushSeconds) {
        this.statsFlushSeconds = statsFlushSeconds;
    }

    /**
     * A rule-set directory to publish at start and watch for edits, instead of the bundled default
     * or the version last activated in the store; null for none.
     */
    @JsonProperty
    public String getRuleSetDirectory() {
        return ruleSetDirectory;
    }

    @JsonProperty
    public void setRuleSetDirectory(String ruleSetDirectory) {
        this.ruleSetDirectory = ruleSetDirectory;
    }
}
