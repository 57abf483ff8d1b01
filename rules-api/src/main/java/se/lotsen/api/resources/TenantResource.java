package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.publishing.Serving;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;

/** Whose key this is: the municipality (or region) a page shows by name, and the rule set that answers it. */
@Path("/tenant")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "tenants")
public class TenantResource {
    private final Tenants tenants;

    public TenantResource(Tenants tenants) {
        this.tenants = tenants;
    }

    /**
     * The caller's tenant.
     *
     * @param region null for a region (its rule set is the base)
     */
    public record TenantInfo(String id, String nameSv, String nameEn, String region, String ruleSetId, String version) {
    }

    @GET
    @Operation(summary = "The caller's tenant: id, names (sv, en), its region (none for a region), and the rule set serving it")
    public TenantInfo tenant(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        Serving serving = tenant.engine().serving();
        return new TenantInfo(tenant.id(), tenant.tenant().nameSv(), tenant.tenant().nameEn(), tenant.tenant().region(),
                serving.ruleSetId(), serving.version());
    }
}
