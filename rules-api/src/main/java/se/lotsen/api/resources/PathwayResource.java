package se.lotsen.api.resources;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.rulesets.ActiveEngine;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.core.Pathway;
import se.lotsen.core.SuggestionRequest;

@Path("/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "pathways")
public class PathwayResource {
    private final ActiveEngine engine;
    private final SuggestionCounter counter;
    private final FollowUps followUps;
    private final Meter concerns;

    public PathwayResource(ActiveEngine engine, SuggestionCounter counter, FollowUps followUps, MetricRegistry metrics) {
        this.engine = engine;
        this.counter = counter;
        this.followUps = followUps;
        this.concerns = metrics.meter(MetricRegistry.name(PathwayResource.class, "safeguarding-concerns"));
    }

    @POST
    @Path("/suggest")
    @RolesAllowed({"STAFF", "SYSTEM"})
    @Operation(summary = "Suggest a pathway",
            description = "Needs, risk and protective factors and EPDS in; ordered, explained steps out. "
                    + "Safeguarding steps always come first. Takes only codes, numbers and booleans. The pathway's "
                    + "reference opens the parent's handout at /f/{reference} and its anonymous follow-up.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the pathway",
                        content = @Content(schema = @Schema(implementation = Pathway.class))),
                @ApiResponse(responseCode = "400", description = "the body is not JSON",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "422", description = "an unknown field or code, or a value out of range",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))
            })
    public Pathway suggest(SuggestionRequest request) {
        Pathway pathway = engine.get().suggest(request);
        // The reference first: when the store is down and its buffer full, the 503 leaves nothing counted.
        pathway = pathway.withReference(followUps.open(pathway, request.centre(), request.language()));
        counter.record(pathway, request.centre());
        if (pathway.safeguarding().concern()) {
            concerns.mark();
        }
        return pathway;
    }
}
