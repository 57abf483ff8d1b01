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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

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
    private RuleSets ruleSets = new RuleSets();

    @Valid
    @NotNull
    private RateLimit rateLimit = new RateLimit();

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 10, unit = DataSizeUnit.MEBIBYTES)
    private DataSize maxRequestSize = DataSize.kibibytes(64);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.HOURS)
    private Duration statsFlushInterval = Duration.seconds(10);

    @Valid
    @NotNull
    private FollowUp followUp = new FollowUp();

    /** How often each node asks the store whether a key was revoked; a revoked key stops working within it. */
    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration keyRevocationPoll = Duration.milliseconds(500);

    /** Registers POST /benchmark/noop, the HTTP floor the load benchmark compares against. Off by default. */
    private boolean benchmarkEndpoints;

    /** Where rule sets come from and how they are checked. */
    public static class RuleSets {
        /** A rule-set directory to publish at start and watch for edits; null: the store's active version, or the bundled default. */
        private String directory;

        private boolean watch = true;

        @NotNull
        @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
        private Duration watchInterval = Duration.seconds(2);

        /** How often a node follows a version activated on another node sharing the store. */
        @NotNull
        @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
        private Duration followInterval = Duration.seconds(5);

        /** Larger rule-set uploads are refused with 413. */
        @NotNull
        @MinDataSize(1)
        @MaxDataSize(value = 20, unit = DataSizeUnit.MEBIBYTES)
        private DataSize maxSize = DataSize.mebibytes(5);

        /** The random families validation explores on top of the grid (at least 100,000 for a real publish). */
        @Min(0)
        @Max(1_000_000)
        private int explore = 100_000;

        @JsonProperty
        public String getDirectory() {
            return directory;
        }

        @JsonProperty
        public void setDirectory(String directory) {
            this.directory = directory;
        }

        @JsonProperty
        public boolean isWatch() {
            return watch;
        }

        @JsonProperty
        public void setWatch(boolean watch) {
            this.watch = watch;
        }

        @JsonProperty
        public Duration getWatchInterval() {
            return watchInterval;
        }

        @JsonProperty
        public void setWatchInterval(Duration watchInterval) {
            this.watchInterval = watchInterval;
        }

        @JsonProperty
        public Duration getFollowInterval() {
            return followInterval;
        }

        @JsonProperty
        public void setFollowInterval(Duration followInterval) {
            this.followInterval = followInterval;
        }

        @JsonProperty
        public DataSize getMaxSize() {
            return maxSize;
        }

        @JsonProperty
        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        @JsonProperty
        public int getExplore() {
            return explore;
        }

        @JsonProperty
        public void setExplore(int explore) {
            this.explore = explore;
        }
    }

    /** A token bucket per API key: {@code burst} requests at once, refilled at {@code perMinute}. */
    public static class RateLimit {
        @Min(1)
        private long perMinute = 600;

        @Min(1)
        private long burst = 60;

        @JsonProperty
        public long getPerMinute() {
            return perMinute;
        }

        @JsonProperty
        public void setPerMinute(long perMinute) {
            this.perMinute = perMinute;
        }

        @JsonProperty
        public long getBurst() {
            return burst;
        }

        @JsonProperty
        public void setBurst(long burst) {
            this.burst = burst;
        }
    }

    /** Anonymous follow-up of pathways. */
    public static class FollowUp {
        /** How long a reference answers; then it is deleted and only the counts stay. */
        @NotNull
        @MinDuration(value = 1, unit = TimeUnit.DAYS)
        @MaxDuration(value = 366, unit = TimeUnit.DAYS)
        private Duration retention = Duration.days(90);

        /** Answers a minute one address may give on parents' pages (no key there). */
        @Min(1)
        private long answersPerMinute = 60;

        @JsonProperty
        public Duration getRetention() {
            return retention;
        }

        @JsonProperty
        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        @JsonProperty
        public long getAnswersPerMinute() {
            return answersPerMinute;
        }

        @JsonProperty
        public void setAnswersPerMinute(long answersPerMinute) {
            this.answersPerMinute = answersPerMinute;
        }
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

    @JsonProperty
    public RuleSets getRuleSets() {
        return ruleSets;
    }

    @JsonProperty
    public void setRuleSets(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @JsonProperty
    public RateLimit getRateLimit() {
        return rateLimit;
    }

    @JsonProperty
    public void setRateLimit(RateLimit rateLimit) {
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
    public FollowUp getFollowUp() {
        return followUp;
    }

    @JsonProperty
    public void setFollowUp(FollowUp followUp) {
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

    @JsonProperty
    public boolean isBenchmarkEndpoints() {
        return benchmarkEndpoints;
    }

    @JsonProperty
    public void setBenchmarkEndpoints(boolean benchmarkEndpoints) {
        this.benchmarkEndpoints = benchmarkEndpoints;
    }
}
