package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CDS Hooks settings: the CDS clients trusted to call with a signed JWT (the spec's "Trusting CDS
 * Clients"), the browser origins allowed to call (CORS), the address clients call Lotsen at (the
 * JWT's {@code aud}), and how long a card is remembered for feedback. API keys with the role SYSTEM
 * keep working beside the JWTs.
 */
public class CdsHooksConfiguration {
    /**
     * The base address journal systems call, e.g. {@code https://lotsen.example.org}: a JWT's {@code aud} must be
     * it followed by the called path. Without it the address the request arrived at is used, which a proxy or a
     * forged Host header can change: set it in production.
     */
    @Pattern(regexp = "https?://[^\\s?#]+", message = "must be an http(s) address without query or fragment")
    private String serviceUrl;

    @Valid
    @NotNull
    private List<TrustedCdsClient> trustedClients = List.of();

    /** Browser origins (scheme://host[:port]) that may call /cds-services, e.g. the CDS Hooks sandbox's. */
    @NotNull
    private List<@Pattern(regexp = "https?://[^/\\s]+", message = "must be an origin: scheme://host[:port]") String>
            allowedOrigins = List.of();

    /** How long a card answers to feedback; after that its feedback is ignored and its row deleted. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    @MaxDuration(value = 90, unit = TimeUnit.DAYS)
    private Duration cardMemory = Duration.days(14);

    @JsonProperty
    public String getServiceUrl() {
        return serviceUrl;
    }

    @JsonProperty
    public void setServiceUrl(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    @JsonProperty
    public List<TrustedCdsClient> getTrustedClients() {
        return trustedClients;
    }

    @JsonProperty
    public void setTrustedClients(List<TrustedCdsClient> trustedClients) {
        this.trustedClients = trustedClients;
    }

    @JsonProperty
    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    @JsonProperty
    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @JsonProperty
    public Duration getCardMemory() {
        return cardMemory;
    }

    @JsonProperty
    public void setCardMemory(Duration cardMemory) {
        this.cardMemory = cardMemory;
    }
}
