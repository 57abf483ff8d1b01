package se.lotsen.api.interop.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.publishing.ActiveEngine;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;
import se.lotsen.core.ruleset.RuleSet;

/**
 * FHIR R4 (SYSTEM key; the CapabilityStatement is open, {@link FhirMetadataResource}): Lotsen's code systems and value sets, the intake
 * Questionnaire, the PlanDefinition and its {@code $apply} (a QuestionnaireResponse in, a CarePlan
 * out), and the catalog as HealthcareService. Errors are OperationOutcomes.
 */
@Path("/fhir")
@RolesAllowed("SYSTEM")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "fhir")
public class FhirResource {
    static final String PLAN_DEFINITION = "lotsen-pathway";
    private static final String FHIR_JSON = Fhir.MEDIA_TYPE + ";charset=utf-8";

    private final Tenants tenants;

    public FhirResource(Tenants tenants) {
        this.tenants = tenants;
    }

    @GET
    @Path("/CodeSystem")
    @Operation(summary = "Lotsen's code systems (needs, severities, risk and protective factors, urgencies, tiers, risk levels, "
            + "the rule set's services, centres and EPDS forms, the EPDS items); ?url= finds one")
    public Response codeSystems(@Context UriInfo uri, @QueryParam("url") String url, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSet ruleSet = engine(caller).get().ruleSet();
        return fhir(200, bundle(uri, "CodeSystem", FhirCodes.names().stream().map(n -> FhirCodes.codeSystem(n, ruleSet))
                .flatMap(Optional::stream).filter(cs -> matches(url, cs.getUrl())).map(Resource.class::cast).toList()));
    }

    @GET
    @Path("/CodeSystem/{id}")
    public Response codeSystem(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return FhirCodes.codeSystem(id, engine(caller).get().ruleSet()).map(cs -> fhir(200, cs)).orElseGet(() -> notFound("CodeSystem", id));
    }

    @GET
    @Path("/ValueSet")
    @Operation(summary = "A value set per code system, each with all its codes; ?url= finds one")
    public Response valueSets(@Context UriInfo uri, @QueryParam("url") String url, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSet ruleSet = engine(caller).get().ruleSet();
        return fhir(200, bundle(uri, "ValueSet", FhirCodes.names().stream().map(n -> FhirCodes.valueSet(n, ruleSet))
                .flatMap(Optional::stream).filter(vs -> matches(url, vs.getUrl())).map(Resource.class::cast).toList()));
    }

    @GET
    @Path("/ValueSet/{id}")
    public Response valueSet(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return FhirCodes.valueSet(id, engine(caller).get().ruleSet()).map(vs -> fhir(200, vs)).orElseGet(() -> notFound("ValueSet", id));
    }

    @GET
    @Path("/Questionnaire")
    @Operation(summary = "Search the questionnaires (there is one, lotsen-intake); ?url= finds it by its canonical URL")
    public Response questionnaires(@Context UriInfo uri, @QueryParam("url") String url, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        Questionnaire intake = intake(caller);
        return fhir(200, bundle(uri, "Questionnaire", matches(url, intake.getUrl()) ? List.of(intake) : List.of()));
    }

    @GET
    @Path("/Questionnaire/{id}")
    @Operation(summary = "The intake Questionnaire lotsen-intake (with the ten EPDS items and the active rule set's forms)")
    public Response questionnaire(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        if (!IntakeQuestionnaire.ID.equals(id)) {
            return notFound("Questionnaire", id);
        }
        return fhir(200, intake(caller));
    }

    private Questionnaire intake(ApiKeyPrincipal caller) {
        PathwayEngine active = engine(caller).get();
        return IntakeQuestionnaire.build(active.ruleSet().manifest().epds(), active.ruleSet().catalog());
    }

    /** A search by canonical URL: no url matches every resource; a url with |version matches on the URL part. */
    private static boolean matches(String url, String canonical) {
        return url == null || url.isBlank() || url.split("\\|")[0].equals(canonical);
    }

    @GET
    @Path("/PlanDefinition/{id}")
    public Response planDefinition(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        if (!PLAN_DEFINITION.equals(id)) {
            return notFound("PlanDefinition", id);
        }
        PlanDefinition plan = new PlanDefinition();
        plan.setId(PLAN_DEFINITION);
        plan.setUrl(Fhir.BASE + "/PlanDefinition/" + PLAN_DEFINITION);
        plan.setName("LotsenPathway");
        plan.setTitle("Lotsen: väg till stöd");
        plan.setStatus(Enumerations.PublicationStatus.ACTIVE);
        plan.setDescription("Applied to a QuestionnaireResponse to " + IntakeQuestionnaire.URL + " (the parameter "
                + "'questionnaireResponse', or 'data' as in CPG), gives a CarePlan whose RequestGroup holds the steps as "
                + "ServiceRequests in order; a safeguarding concern comes first. The rule set serving now: "
                + engine(caller).get().ruleSet().id() + " " + engine(caller).get().ruleSet().version() + ".");
        plan.addAction().setTitle("Suggest a pathway").addInput().setType("QuestionnaireResponse")
                .addProfile("http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse");
        plan.setText(Narratives.of(plan.getTitle(), List.of(plan.getDescription())));
        return fhir(200, plan);
    }

    @POST
    @Path("/PlanDefinition/" + PLAN_DEFINITION + "/$apply")
    @Consumes({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "$apply: a Parameters resource with a QuestionnaireResponse to lotsen-intake in, a CarePlan out",
            description = "The parameter 'data' (CPG: a Bundle holding the response, or the response itself) or "
                    + "'questionnaireResponse'. R4's 'subject' (Patient/123) is echoed as the plan's subject, never stored. "
                    + "'userLanguage' en (or Accept-Language: en) gives English texts.")
    public Response apply(String body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        Parameters parameters;
        try {
            parameters = Fhir.json().parseResource(Parameters.class, body == null ? "" : body);
        } catch (DataFormatException | IllegalArgumentException e) {
            return outcome(400, OperationOutcome.IssueType.STRUCTURE, "the body is not a FHIR Parameters resource: "
                    + e.getMessage(), "Parameters");
        }
        Optional<QuestionnaireResponse> response = questionnaireResponse(parameters);
        if (response.isEmpty()) {
            return outcome(422, OperationOutcome.IssueType.REQUIRED, "give the QuestionnaireResponse to "
                    + IntakeQuestionnaire.URL + " as the parameter 'questionnaireResponse' (or 'data')", "Parameters.parameter");
        }
        boolean english = english(parameters, acceptLanguage);
        try {
            SuggestionRequest request = IntakeReader.read(response.get());
            return fhir(200, PathwayCarePlan.of(engine(caller).get().suggest(request), english, subject(parameters)));
        } catch (InvalidRequestException e) {
            return outcome(422, OperationOutcome.IssueType.INVALID, describe(e.violations()), e.violations().get(0).field());
        }
    }

    @GET
    @Path("/HealthcareService")
    @Operation(summary = "The active catalog's services as HealthcareService")
    public Response healthcareServices(@Context UriInfo uri, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return fhir(200, CatalogAsFhir.all(engine(caller).get().ruleSet().catalog(), base(uri)));
    }

    @GET
    @Path("/HealthcareService/{id}")
    public Response healthcareService(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return CatalogAsFhir.one(engine(caller).get().ruleSet().catalog(), id).map(s -> fhir(200, s))
                .orElseGet(() -> notFound("HealthcareService", id));
    }

    private static Optional<QuestionnaireResponse> questionnaireResponse(Parameters parameters) {
        for (Parameters.ParametersParameterComponent p : parameters.getParameter()) {
            if (!"questionnaireResponse".equals(p.getName()) && !"data".equals(p.getName())) {
                continue;
            }
            if (p.getResource() instanceof QuestionnaireResponse qr) {
                return Optional.of(qr);
            }
            if (p.getResource() instanceof Bundle bundle) {
                Optional<QuestionnaireResponse> inside = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                        .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast).findFirst();
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /** R4's subject (a string such as Patient/123, or a Reference), echoed only when it is a plain reference. */
    private static Reference subject(Parameters parameters) {
        for (Parameters.ParametersParameterComponent p : parameters.getParameter()) {
            if ("subject".equals(p.getName())) {
                String reference = p.getValue() instanceof StringType s ? s.getValue()
                        : p.getValue() instanceof Reference r ? r.getReference() : null;
                if (reference != null && reference.matches("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}")) {
                    return new Reference(reference);
                }
            }
        }
        return null;
    }

    private static boolean english(Parameters parameters, String acceptLanguage) {
        for (Parameters.ParametersParameterComponent p : parameters.getParameter()) {
            if ("userLanguage".equals(p.getName())) {
                String code = p.getValue() instanceof CodeableConcept cc && cc.hasCoding() ? cc.getCodingFirstRep().getCode()
                        : p.getValue() instanceof CodeType c ? c.getValue()
                        : p.getValue() instanceof StringType s ? s.getValue() : null;
                return code != null && code.toLowerCase(Locale.ROOT).startsWith("en");
            }
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static Bundle bundle(UriInfo uri, String type, List<Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(resources.size());
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base(uri) + "/" + type + "/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("fhir").build().toString();
    }

    static Response notFound(String type, String id) {
        return outcome(404, OperationOutcome.IssueType.NOTFOUND, "there is no " + type + " " + id, type);
    }

    static Response outcome(int status, OperationOutcome.IssueType type, String message, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(message)
                .addExpression(expression);
        outcome.setText(Narratives.of(message, List.of()));
        return fhir(status, outcome);
    }

    static Response fhir(int status, IBaseResource resource) {
        return Response.status(status).type(FHIR_JSON).entity(Fhir.toJson(resource)).build();
    }

    /** Violations as one line, for an OperationOutcome's diagnostics. */
    static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }

    /** The rule set serving the caller's tenant. */
    private ActiveEngine engine(ApiKeyPrincipal caller) {
        return tenants.of(caller).engine();
    }
}
