package se.lotsen.api.resources;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import se.lotsen.core.SuggestionRequest;

/**
 * The HTTP floor for benchmarks: the same auth, limits and JSON reading as /pathways/suggest, and
 * no rules. Registered only when {@code benchmarkEndpoints: true}; never in a normal deployment.
 */
@Path("/benchmark")
@Hidden
public class BenchmarkResource {
    private static final Map<String, String> NOTHING = Map.of("result", "noop");

    @POST
    @Path("/noop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"STAFF", "SYSTEM"})
    public Map<String, String> noop(SuggestionRequest request) {
        return NOTHING;
    }
}
