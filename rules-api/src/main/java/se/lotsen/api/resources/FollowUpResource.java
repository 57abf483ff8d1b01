package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.followup.Outcome;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/** Staff record how a step went at a later visit, from the reference on the parent's handout. */
@Path("/followups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
@Tag(name = "follow-up")
public class FollowUpResource {
    private final Tenants tenants;

    /** A reference is looked up among the caller's tenant's pathways only: another tenant's is unknown here. */
    public FollowUpResource(Tenants tenants) {
        this.tenants = tenants;
    }

    /** One outcome for one step of a followed-up pathway. */
    public record FollowUp(
            @NotNull(message = "is required: the reference on the parent's handout")
            @Pattern(regexp = "[A-Za-z0-9_-]{22}(\\.[a-z]{2,3})?", message = "is not a pathway reference")
            String reference,
            @NotNull(message = "is required") String serviceId,
            @NotNull(message = "is required") Outcome outcome) {
    }

    /** COUNTED, or ALREADY_COUNTED when this outcome was recorded for the step before. */
    public record Recorded(String result) {
    }

    @POST
    @Operation(summary = "Record how a step went (STAFF): {reference, serviceId, outcome}; 404 unknown, 410 expired")
    public Response record(@NotNull(message = "a body is required") @Valid FollowUp followUp, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return switch (tenants.of(caller).followUps().answer(followUp.reference(), followUp.serviceId(), followUp.outcome())) {
            case COUNTED -> Response.ok(new Recorded("COUNTED")).build();
            case ALREADY_COUNTED -> Response.ok(new Recorded("ALREADY_COUNTED")).build();
            case NO_SUCH_STEP -> throw new InvalidRequestException(List.of(new Violation("serviceId",
                    "is not a step of this pathway that the parent follows up", List.of())));
            case UNKNOWN -> Response.status(404).entity(new ApiError("unknown_reference",
                    "there is no pathway with this reference", "reference", List.of(), List.of())).build();
            case EXPIRED -> Response.status(410).entity(new ApiError("expired_reference",
                    "this pathway's follow-up has ended (90 days)", "reference", List.of(), List.of())).build();
        };
    }
}
