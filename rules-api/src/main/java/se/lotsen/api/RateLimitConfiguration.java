package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** A token bucket per API key: {@code burst} requests at once, refilled at {@code perMinute}. */
public class RateLimitConfiguration {
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
