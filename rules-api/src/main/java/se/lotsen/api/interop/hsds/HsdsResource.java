package se.lotsen.api.interop.hsds;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/** The active catalog as an Open Referral HSDS 3.0 service directory (any key). */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "hsds")
public class HsdsResource {
    static final String VERSION = "3.0";
    static final int MAX_PER_PAGE = 100;

    private final Tenants tenants;

    /** The caller's tenant's catalog. */
    public HsdsResource(Tenants tenants) {
        this.tenants = tenants;
    }

    @GET
    @Operation(summary = "HSDS: which version this API speaks, its profile and its OpenAPI description (Lotsen's own)")
    public Hsds.Root root(@Context UriInfo uri) {
        return new Hsds.Root(VERSION, "https://docs.openreferral.org/en/3.0/", uri.getBaseUriBuilder().path("openapi.json").build().toString());
    }

    @GET
    @Path("/services")
    @Operation(summary = "HSDS services, paginated (page from 1, per_page up to 100), filtered as HSDS 3.0's OpenAPI has it: "
            + "search (names and descriptions), taxonomy_term_id, taxonomy_id, organization_id, modified_after; minimal (core "
            + "fields only) or full (nested organization and locations)")
    public Hsds.Page<Hsds.Service> services(@Context UriInfo uri, @QueryParam("page") @DefaultValue("1") int page,
                                            @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                    @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServiceQuery query = ServiceQuery.of(uri.getQueryParameters());
        return page(query.apply(directory(caller).services()), page, perPage);
    }

    @GET
    @Path("/taxonomies")
    @Operation(summary = "The taxonomies of Lotsen's terms: need categories and tiers")
    public Hsds.Page<Hsds.Taxonomy> taxonomies(@QueryParam("page") @DefaultValue("1") int page,
                                               @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                       @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return page(directory(caller).taxonomies(), page, perPage);
    }

    @GET
    @Path("/taxonomy_terms")
    @Operation(summary = "Every taxonomy term a service can carry: Lotsen's need categories and tiers")
    public Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(@QueryParam("page") @DefaultValue("1") int page,
                                                      @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                              @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return page(directory(caller).taxonomyTerms(), page, perPage);
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    public Hsds.TaxonomyTerm taxonomyTerm(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return directory(caller).taxonomyTerms().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no taxonomy_term " + id));
    }

    @GET
    @Path("/services/{id}")
    @Operation(summary = "One HSDS service, fully nested (organization, phones, schedules, languages, locations)")
    public Hsds.Service service(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return directory(caller).service(id).orElseThrow(() -> new NotFoundException("no service " + id));
    }

    @GET
    @Path("/organizations")
    public Hsds.Page<Hsds.Organization> organizations(@QueryParam("page") @DefaultValue("1") int page,
                                                      @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                              @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return page(directory(caller).organizations(), page, perPage);
    }

    @GET
    @Path("/organizations/{id}")
    public Hsds.Organization organization(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return directory(caller).organization(id).orElseThrow(() -> new NotFoundException("no organization " + id));
    }

    @GET
    @Path("/locations")
    @Operation(summary = "The family centres as HSDS locations")
    public Hsds.Page<Hsds.Location> locations(@QueryParam("page") @DefaultValue("1") int page,
                                              @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                      @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return page(directory(caller).locations(), page, perPage);
    }

    @GET
    @Path("/locations/{id}")
    public Hsds.Location location(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return directory(caller).location(id).orElseThrow(() -> new NotFoundException("no location " + id));
    }

    @GET
    @Path("/service_at_locations")
    public Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(@QueryParam("page") @DefaultValue("1") int page,
                                                                 @QueryParam("per_page") @DefaultValue("50") int perPage,
                                                                         @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return page(directory(caller).servicesAtLocations(), page, perPage);
    }

    @GET
    @Path("/service_at_locations/{id}")
    public Hsds.ServiceAtLocation serviceAtLocation(@PathParam("id") String id, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return directory(caller).serviceAtLocation(id).orElseThrow(() -> new NotFoundException("no service_at_location " + id));
    }

    private HsdsDirectory directory(ApiKeyPrincipal caller) {
        return new HsdsDirectory(tenants.of(caller).engine().get());
    }

    static <T> Hsds.Page<T> page(List<T> all, int page, int perPage) {
        if (page < 1) {
            throw new InvalidRequestException(List.of(new Violation("page", "must be 1 or more", List.of())));
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidRequestException(List.of(new Violation("per_page", "must be between 1 and " + MAX_PER_PAGE, List.of())));
        }
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        // In long: page × per_page overflows an int long before a page is too far to exist; past the last page is empty.
        int from = (int) Math.min(all.size(), (page - 1L) * perPage);
        List<T> contents = all.subList(from, Math.min(all.size(), from + perPage));
        return new Hsds.Page<>(all.size(), pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
    }
}
