package se.lotsen.api.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.lotsen.api.rulesets.ActiveEngine;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "services")
public class ServiceResource {
    private final ActiveEngine engine;

    public ServiceResource(ActiveEngine engine) {
        this.engine = engine;
    }

    @GET
    @Operation(summary = "The active service catalog: centres and services")
    public ServiceCatalog catalog() {
        return engine.get().ruleSet().catalog();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One service of the active catalog")
    public Service service(@PathParam("id") String id) {
        return engine.get().ruleSet().catalog().service(id)
                .orElseThrow(() -> new NotFoundException("no service " + id + " in the active catalog"));
    }
}
