package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.interop.fhir.FhirIntake;
import se.lotsen.api.rulesets.ActiveEngine;
import se.lotsen.core.Json;
import se.lotsen.core.Pathway;
import se.lotsen.core.SuggestionRequest;

/**
 * Lotsen as a CDS Hooks 2.0 service (SYSTEM key): discovery, the {@code patient-view} service that
 * reads the prefetched {@code lotsen-intake} QuestionnaireResponse and answers with cards, and
 * feedback counted anonymously per service and rule. Lotsen never calls the FHIR server: that would
 * mean reading patient data it must not hold; without the prefetch it answers 412.
 */
@Path("/cds-services")
@RolesAllowed("SYSTEM")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cds-hooks")
public class CdsHooksResource {
    static final String SERVICE_ID = "lotsen-pathway";
    static final String PREFETCH_KEY = "intake";
    static final String ACCEPTED = "CARD_ACCEPTED";
    static final String OVERRIDDEN = "CARD_OVERRIDDEN";

    private final ActiveEngine engine;
    private final FollowUps followUps;
    private final ObjectMapper json = Json.strict(new ObjectMapper());
    private final IssuedCards issued = new IssuedCards();

    public CdsHooksResource(ActiveEngine engine, FollowUps followUps) {
        this.engine = engine;
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "CDS Hooks discovery: the services Lotsen offers, with their hooks and prefetch templates")
    public CdsHooks.Discovery discovery() {
        return new CdsHooks.Discovery(List.of(new CdsHooks.Service("patient-view",
                "Lotsen: väg till stöd / pathway to support",
                "Suggests a referral pathway at a Swedish family centre from the family's intake form "
                        + "(QuestionnaireResponse to " + FhirIntake.questionnaireUrl() + "): safeguarding first, then each "
                        + "service with urgency and reasons. Reads only the form's answers; no personal data.",
                SERVICE_ID,
                Map.of(PREFETCH_KEY, "QuestionnaireResponse?questionnaire=" + FhirIntake.questionnaireUrl()
                        + "&subject={{context.patientId}}&status=completed&_sort=-authored&_count=1"),
                "A Lotsen API key with the role SYSTEM (Authorization: Bearer KEY).")));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call the service: cards for the prefetched intake; 412 without the prefetch")
    public Response call(@PathParam("id") String id, CdsHooks.Request request,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        requireService(id);
        JsonNode intake = request == null || request.prefetch() == null ? null : request.prefetch().get(PREFETCH_KEY);
        if (intake == null || intake.isNull()) {
            return Response.status(412).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("prefetch_required",
                    "send the prefetch '" + PREFETCH_KEY + "' (the QuestionnaireResponse to " + FhirIntake.questionnaireUrl()
                            + "); Lotsen does not query the FHIR server, so it never reads patient data itself",
                    "prefetch." + PREFETCH_KEY, List.of(), List.of())).build();
        }
        SuggestionRequest suggestion = FhirIntake.read(write(intake), "prefetch." + PREFETCH_KEY);
        Pathway pathway = engine.get().suggest(suggestion);
        boolean english = english(request, acceptLanguage);
        List<PathwayCards.Issued> cards = new PathwayCards(json, english).cards(pathway);
        cards.forEach(c -> issued.remember(c.card().uuid(), new IssuedCards.About(c.service(), c.rules(), suggestion.centre())));
        return Response.ok(new CdsHooks.Response(cards.stream().map(PathwayCards.Issued::card).toList())).build();
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Feedback on cards (accepted or overridden), counted anonymously per service and rule; "
            + "comments are never kept")
    public Response feedback(@PathParam("id") String id, CdsHooks.Feedback feedback) {
        requireService(id);
        if (feedback == null || feedback.feedback() == null) {
            return Response.status(422).entity(new ApiError("invalid_request", "feedback is required: {feedback: [{card, "
                    + "outcome}]}", "feedback", List.of(), List.of())).build();
        }
        for (CdsHooks.CardFeedback item : feedback.feedback()) {
            String measure = "accepted".equals(item.outcome()) ? ACCEPTED : "overridden".equals(item.outcome()) ? OVERRIDDEN : null;
            if (measure == null) {
                return Response.status(422).entity(new ApiError("invalid_request", "outcome must be accepted or overridden",
                        "feedback.outcome", List.of("accepted", "overridden"), List.of())).build();
            }
            issued.about(item.card()).ifPresent(about -> followUps.countFeedback(about.centre(), about.service(),
                    about.rules(), measure));
        }
        return Response.ok().build();
    }

    private static void requireService(String id) {
        if (!SERVICE_ID.equals(id)) {
            throw new NotFoundException("no CDS service " + id + "; Lotsen offers " + SERVICE_ID);
        }
    }

    private static boolean english(CdsHooks.Request request, String acceptLanguage) {
        JsonNode language = request.context() == null ? null : request.context().get("language");
        String wanted = language != null && language.isTextual() ? language.asText() : acceptLanguage;
        return wanted != null && wanted.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
