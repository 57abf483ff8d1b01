package se.lotsen.api.handout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.followup.Outcome;
import se.lotsen.api.hardening.AddressRateLimit;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/**
 * The parent's page at {@code /f/{reference}}: the handout in the parent's language, and anonymous
 * answers per step. It takes no key; the reference itself is the capability (128 random bits,
 * answering for 90 days). Requests are limited per address.
 */
@Path("/f/{reference}")
@Tag(name = "handout")
public class HandoutResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final Tenants tenants;
    private final AddressRateLimit limit;

    /** The page has no key: the reference says whose pathway it is, and that tenant's rule set and catalog answer. */
    public HandoutResource(Tenants tenants, long answersPerMinute) {
        this.tenants = tenants;
        this.limit = new AddressRateLimit(answersPerMinute);
    }

    /** A parent's answer about one step. */
    public record Answer(@NotNull String serviceId, @NotNull Outcome outcome) {
    }

    /** What became of an answer: COUNTED, or ALREADY_COUNTED when this outcome was given for the step before. */
    public record Answered(String result) {
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "The parent's handout (HTML, no key): each step, when, and how to reach it, in the parent's "
            + "language; 404 for an unknown reference, 410 for an expired one")
    public Response page(@PathParam("reference") String reference, @QueryParam("answered") String answered,
                         @Context HttpServletRequest http, @Context UriInfo uri) {
        limit(http);
        Optional<ServedTenant> tenant = tenants.ofReference(reference);
        Optional<FollowUps.Followed> followed = tenant.flatMap(t -> t.followUps().find(reference));
        if (followed.isEmpty()) {
            return html(404, Handout.notFound(null));
        }
        if (followed.get().expired()) {
            return html(410, Handout.expired(followed.get().language()));
        }
        String confirmation = answered == null ? null
                : "already".equals(answered) ? "followup.already" : "followup.thanks";
        String pageUrl = uri.getBaseUriBuilder().path("f").path(reference).build().toString();
        var ruleSet = tenant.get().engine().get().ruleSet();
        return html(200, Handout.of(followed.get(), ruleSet.catalog(), ruleSet.manifest().safeguarding().contacts(),
                ruleSet.manifest().parentTexts(), QrCodeSvg.of(pageUrl), pageUrl, confirmation));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer for one step, anonymously (no key): {serviceId, outcome} with outcome CONTACTED, "
            + "NOT_CONTACTED, HELPED, NOT_HELPED or NOT_NEEDED; a later answer replaces the earlier ones it contradicts; "
            + "404 unknown reference, 410 expired, 429 too many")
    public Response answer(@PathParam("reference") String reference, Answer answer, @Context HttpServletRequest http) {
        limit(http);
        if (answer == null || answer.serviceId() == null || answer.outcome() == null) {
            throw new InvalidRequestException(List.of(new Violation(answer == null || answer.serviceId() == null
                    ? "serviceId" : "outcome", "is required", answer == null || answer.serviceId() == null ? List.of()
                    : Arrays.stream(Outcome.values()).map(Enum::name).toList())));
        }
        Optional<FollowUps> followUps = tenants.ofReference(reference).map(ServedTenant::followUps);
        FollowUps.Answer result = followUps.isEmpty() ? FollowUps.Answer.UNKNOWN
                : followUps.get().answer(reference, answer.serviceId(), answer.outcome());
        return switch (result) {
            case COUNTED -> Response.ok(new Answered("COUNTED")).build();
            case ALREADY_COUNTED -> Response.ok(new Answered("ALREADY_COUNTED")).build();
            case NO_SUCH_STEP -> throw new InvalidRequestException(List.of(new Violation("serviceId",
                    "is not a step of this pathway", followUps.get().find(reference).map(f -> f.steps().stream()
                            .filter(s -> !s.crisis()).map(FollowUps.FollowedStep::service).toList()).orElse(List.of()))));
            case UNKNOWN -> error(404, "unknown_reference", "there is no pathway with this reference");
            case EXPIRED -> error(410, "expired_reference", "this pathway's follow-up has ended (90 days)");
        };
    }

    /** The same answer from the page's own buttons (works without JavaScript): back to the page with a thank-you. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response answerForm(@PathParam("reference") String reference, @FormParam("serviceId") String serviceId,
                               @FormParam("outcome") String outcome, @Context HttpServletRequest http, @Context UriInfo uri) {
        limit(http);
        Outcome parsed = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(List.of(new Violation("outcome", "is not an outcome",
                        Arrays.stream(Outcome.values()).map(Enum::name).toList()))));
        FollowUps.Answer result = tenants.ofReference(reference).map(t -> t.followUps().answer(reference, serviceId, parsed))
                .orElse(FollowUps.Answer.UNKNOWN);
        return switch (result) {
            case UNKNOWN, NO_SUCH_STEP -> html(404, Handout.notFound(null));
            case EXPIRED -> html(410, Handout.expired(null));
            // Back to the step answered, where "did it help?" now follows a yes.
            case COUNTED, ALREADY_COUNTED -> Response.seeOther(uri.getBaseUriBuilder().path("f").path(reference)
                    .queryParam("answered", result == FollowUps.Answer.COUNTED ? "yes" : "already")
                    .fragment("step-" + serviceId).build()).build();
        };
    }

    private void limit(HttpServletRequest http) {
        if (!limit.tryTake(http == null ? null : http.getRemoteAddr())) {
            throw new WebApplicationException(error(429, "rate_limited",
                    "too many requests from this address; try again in a minute"));
        }
    }

    private static Response html(int status, Handout handout) {
        return Response.status(status).type(HTML).entity(new HandoutView(handout)).build();
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message, "reference", List.of(), List.of()))
                .header("Retry-After", status == 429 ? "60" : null).build();
    }
}
