package se.lotsen.api.resources;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Pathway;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;

@Path("/pathways")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "pathways")
public class PathwayResource {
    private final Tenants tenants;
    private final Meter concerns;

    /** Each caller is answered, counted and followed up by its key's tenant. */
    public PathwayResource(Tenants tenants, MetricRegistry metrics) {
        this.tenants = tenants;
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
                @ApiResponse(responseCode = "200", description = "the pathway; with ?lang=sv|en its texts in that language "
                        + "only, with ?view=compact also without catalog detail (each step's service is its id: see /services)",
                        content = @Content(schema = @Schema(implementation = Pathway.class))),
                @ApiResponse(responseCode = "400", description = "the body is not JSON",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "422", description = "an unknown field or code, or a value out of range",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))
            })
    public Object suggest(SuggestionRequest request, @QueryParam("lang") String lang, @QueryParam("view") String view,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        boolean compact = compact(view);
        Boolean english = english(lang, compact ? acceptLanguage : null);
        Pathway pathway = tenant.engine().get().suggest(request);
        // The reference first: when the store is down and its buffer full, the 503 leaves nothing counted.
        pathway = pathway.withReference(tenant.followUps().open(pathway, request.centre(), request.language()));
        tenant.counter().record(pathway, request.centre());
        if (pathway.safeguarding().concern()) {
            concerns.mark();
        }
        return english == null && !compact ? pathway : PathwayView.of(pathway, Boolean.TRUE.equals(english), compact);
    }

    private static boolean compact(String view) {
        if (view == null || view.equals("full")) {
            return false;
        }
        if (view.equals("compact")) {
            return true;
        }
        throw new InvalidRequestException(List.of(new Violation("view", "is not a view of the pathway", List.of("full", "compact"))));
    }

    /**
     * True for English, false for Swedish, null for both. {@code ?lang} decides; else, for the compact view only,
     * the first of sv/en in Accept-Language (Swedish when it names neither). Accept-Language alone never narrows
     * the full answer: browsers send it with every call, and the staff page switches language on one answer.
     */
    private static Boolean english(String lang, String acceptLanguage) {
        if (lang != null) {
            if (!lang.equals("sv") && !lang.equals("en")) {
                throw new InvalidRequestException(List.of(new Violation("lang", "is not a language of the answer", List.of("sv", "en"))));
            }
            return lang.equals("en");
        }
        if (acceptLanguage == null) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0];
            if (language.equals("sv") || language.equals("en")) {
                return language.equals("en");
            }
        }
        return false;
    }
}
