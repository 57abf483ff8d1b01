package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * What slow or many clients may hold of the application port: at most {@code max} open connections
 * (beyond it Jetty stops accepting until one closes), and a request's headers must have arrived within
 * {@code headerDeadline} of their first byte, however slowly they trickle (the idle timeout alone is
 * restarted by every byte).
 */
public class ConnectionsConfiguration {
    @Min(1)
    @Max(100_000)
    private int max = 512;

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration headerDeadline = Duration.seconds(10);

    @JsonProperty
    public int getMax() {
        return max;
    }

    @JsonProperty
    public void setMax(int max) {
        this.max = max;
    }

    @JsonProperty
    public Duration getHeaderDeadline() {
        return headerDeadline;
    }

    @JsonProperty
    public void setHeaderDeadline(Duration headerDeadline) {
        this.headerDeadline = headerDeadline;
    }
}
