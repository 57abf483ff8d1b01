package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Where rule sets come from and how they are checked. */
public class RuleSetsConfiguration {
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

    /** Threads that validate and compile, apart from requests; 0: one less than the cores, at least one. */
    @Min(0)
    @Max(64)
    private int validationThreads;

    /** Validations (uploads, diffs, publishes) that may run at once; past it an upload answers 429. 0: one per core. */
    @Min(0)
    @Max(64)
    private int concurrentValidations;

    @JsonProperty
    public int getValidationThreads() {
        return validationThreads;
    }

    @JsonProperty
    public void setValidationThreads(int validationThreads) {
        this.validationThreads = validationThreads;
    }

    @JsonProperty
    public int getConcurrentValidations() {
        return concurrentValidations;
    }

    @JsonProperty
    public void setConcurrentValidations(int concurrentValidations) {
        this.concurrentValidations = concurrentValidations;
    }

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
