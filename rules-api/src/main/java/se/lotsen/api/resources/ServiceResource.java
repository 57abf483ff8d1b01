package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "services")
public class ServiceResource {
    private final Tenants tenants;

    public ServiceResource(Tenants tenants) {
        this.tenants = tenants;
    }

    @GET
    @Operation(summary = "The active service catalog: centres and services")
    public ServiceCatalog catalog(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return tenants.of(caller).engine().get().ruleSet().catalog();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One service of the active catalog")
    public Service service(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return tenants.of(caller).engine().get().ruleSet().catalog().service(id)
                .orElseThrow(() -> new NotFoundException("no service " + id + " in the active catalog"));
    }
}
