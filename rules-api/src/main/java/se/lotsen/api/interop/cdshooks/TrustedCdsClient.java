package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.api.db.Tenant;

/**
 * One CDS client Lotsen trusts: its issuer ({@code iss}), its public keys as a JWKS (inline, or a file;
 * never fetched from the network, so a compromised address cannot hand Lotsen a key), and the signing
 * algorithms it may use, and the tenant it asks for: its calls are answered with that tenant's rule set and its
 * cards counted in that tenant's evaluation.
 */
public class TrustedCdsClient {
    /** What CDS Hooks 2.0 asks a service to support (ES384, RS384) and their SHA-256/512 siblings; never HMAC or none. */
    static final Set<String> SUPPORTED_ALGORITHMS = Set.of("ES384", "RS384", "ES256", "RS256", "ES512", "RS512", "PS384", "PS256");

    @NotBlank
    private String issuer;

    /** The client's public keys, a JWKS ({@code {"keys": [...]}}) written inline in the config. */
    private Map<String, Object> jwks;

    /** Or a file holding the JWKS. */
    private String jwksFile;

    /** The tenant whose rule set answers this client (the single-tenant store's {@code default} unless named). */
    @NotBlank
    private String tenant = Tenant.DEFAULT;

    @NotEmpty
    private List<String> algorithms = List.of("ES384", "RS384");

    @AssertTrue(message = "give exactly one of jwks and jwksFile")
    boolean isOneKeySource() {
        return (jwks == null) != (jwksFile == null);
    }

    @AssertTrue(message = "algorithms must be among ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384")
    boolean isSupportedAlgorithms() {
        return algorithms != null && SUPPORTED_ALGORITHMS.containsAll(algorithms);
    }

    @JsonProperty
    public String getTenant() {
        return tenant;
    }

    @JsonProperty
    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    @JsonProperty
    public String getIssuer() {
        return issuer;
    }

    @JsonProperty
    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    @JsonProperty
    public Map<String, Object> getJwks() {
        return jwks;
    }

    @JsonProperty
    public void setJwks(Map<String, Object> jwks) {
        this.jwks = jwks;
    }

    @JsonProperty
    public String getJwksFile() {
        return jwksFile;
    }

    @JsonProperty
    public void setJwksFile(String jwksFile) {
        this.jwksFile = jwksFile;
    }

    @JsonProperty
    public List<String> getAlgorithms() {
        return algorithms;
    }

    @JsonProperty
    public void setAlgorithms(List<String> algorithms) {
        this.algorithms = algorithms;
    }
}
