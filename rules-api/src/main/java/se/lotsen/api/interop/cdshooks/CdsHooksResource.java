package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import java.util.Optional;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.interop.fhir.FhirIntake;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.Json;
import se.lotsen.core.Pathway;
import se.lotsen.core.SuggestionRequest;

/**
 * Lotsen as a CDS Hooks 2.0 service (a SYSTEM key, or a trusted CDS client's JWT): discovery, the
 * {@code patient-view} service that reads the prefetched {@code lotsen-intake} QuestionnaireResponse
 * and answers with cards, and feedback counted anonymously per service and rule. Lotsen never calls
 * the FHIR server: that would mean reading patient data it must not hold. No intake form in the chart
 * means no cards; only a call without the prefetch at all gets 412.
 */
@Path("/cds-services")
@RolesAllowed("SYSTEM")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cds-hooks")
public class CdsHooksResource {
    static final String SERVICE_ID = "lotsen-pathway";
    static final String HOOK = "patient-view";
    static final String PREFETCH_KEY = "intake";

    private final Tenants tenants;
    private final CardMemory cards;
    private final ObjectMapper json = Json.strict(new ObjectMapper());

    CdsHooksResource(Tenants tenants, CardMemory cards) {
        this.tenants = tenants;
        this.cards = cards;
    }

    @GET
    @Operation(summary = "CDS Hooks discovery: the services Lotsen offers, with their hooks and prefetch templates")
    public CdsHooks.Discovery discovery() {
        return new CdsHooks.Discovery(List.of(new CdsHooks.Service(HOOK,
                "Lotsen: väg till stöd / pathway to support",
                "Suggests a referral pathway at a Swedish family centre from the family's intake form "
                        + "(QuestionnaireResponse to " + FhirIntake.questionnaireUrl() + "): safeguarding first, then each "
                        + "service with urgency and reasons. Reads only the form's answers; no personal data.",
                SERVICE_ID,
                Map.of(PREFETCH_KEY, "QuestionnaireResponse?questionnaire=" + FhirIntake.questionnaireUrl()
                        + "&subject={{context.patientId}}&status=completed&_sort=-authored&_count=1"),
                "A JWT signed by a CDS client Lotsen trusts (CDS Hooks 2.0), or a Lotsen API key with the role SYSTEM "
                        + "(Authorization: Bearer KEY).")));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call the service: cards for the prefetched intake; no cards without an intake; 412 without the prefetch")
    public Response call(@PathParam("id") String id, CdsHooks.Request request,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        requireService(id);
        Optional<Response> refused = HookRequests.problem(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (request.prefetch() == null || !request.prefetch().containsKey(PREFETCH_KEY)) {
            return Response.status(412).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("prefetch_required",
                    "send the prefetch '" + PREFETCH_KEY + "' (the QuestionnaireResponse to " + FhirIntake.questionnaireUrl()
                            + ", or null when the chart has none); Lotsen does not query the FHIR server, so it never "
                            + "reads patient data itself", "prefetch." + PREFETCH_KEY, List.of(), List.of())).build();
        }
        JsonNode intake = request.prefetch().get(PREFETCH_KEY);
        Optional<SuggestionRequest> suggestion = intake == null || intake.isNull() ? Optional.empty()
                : FhirIntake.readIfAny(write(intake), "prefetch." + PREFETCH_KEY);
        if (suggestion.isEmpty()) {
            return Response.ok(new CdsHooks.Response(List.of())).build();
        }
        ServedTenant tenant = tenants.of(caller);
        Pathway pathway = tenant.engine().get().suggest(suggestion.get());
        String patient = "Patient/" + request.context().get("patientId").asText();
        List<PathwayCards.Issued> issued = new PathwayCards(json, english(request, acceptLanguage), patient).cards(pathway);
        cards.remember(tenant.id(), issued, suggestion.get().centre());
        return Response.ok(new CdsHooks.Response(issued.stream().map(PathwayCards.Issued::card).toList())).build();
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Feedback on cards (accepted or overridden): each card counted once, anonymously per service and rule; "
            + "a later outcome replaces the earlier one; comments are never kept")
    public Response feedback(@PathParam("id") String id, CdsHooks.Feedback feedback, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        requireService(id);
        Optional<Response> refused = FeedbackEntries.problem(feedback);
        if (refused.isPresent()) {
            return refused.get();
        }
        return Response.ok(FeedbackEntries.count(feedback, cards, tenants.of(caller).id())).build();
    }

    private static void requireService(String id) {
        if (!SERVICE_ID.equals(id)) {
            throw new NotFoundException("no CDS service " + id + "; Lotsen offers " + SERVICE_ID);
        }
    }

    private static boolean english(CdsHooks.Request request, String acceptLanguage) {
        JsonNode language = request.context().get("language");
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
