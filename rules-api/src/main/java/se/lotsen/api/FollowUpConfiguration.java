package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Anonymous follow-up of pathways. */
public class FollowUpConfiguration {
    /** How long a reference answers; then it is deleted and only the counts stay. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.DAYS)
    @MaxDuration(value = 366, unit = TimeUnit.DAYS)
    private Duration retention = Duration.days(90);

    /** Answers a minute one address may give on parents' pages (no key there). */
    @Min(1)
    private long answersPerMinute = 60;

    /** New pathways' references that may wait in memory for the store; past it suggestions answer 503. */
    @Min(100)
    private int maxPending = 100_000;

    @JsonProperty
    public int getMaxPending() {
        return maxPending;
    }

    @JsonProperty
    public void setMaxPending(int maxPending) {
        this.maxPending = maxPending;
    }

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
