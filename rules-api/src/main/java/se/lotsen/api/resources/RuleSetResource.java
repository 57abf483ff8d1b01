package se.lotsen.api.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.db.ActiveRuleSet;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.publishing.PublishResult;
import se.lotsen.api.publishing.RuleSetPublisher;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.validation.DiffExport;
import se.lotsen.policy.validation.DiffFilter;
import se.lotsen.policy.validation.ExpectationUpdate;
import se.lotsen.policy.validation.RuleSetDiff;
import se.lotsen.policy.validation.ValidationReport;

/**
 * Policy owners check, compare, publish and roll back rule sets without a restart. A rule set comes
 * as a zip body (curl) or a browser form (a zip, or a folder's files).
 */
@Path("/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("POLICY_OWNER")
@Tag(name = "rulesets")
public class RuleSetResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Tenants tenants;
    private final ObjectMapper json;

    /** Every call acts on the caller's tenant's rule sets only: another tenant's versions are not found here (404). */
    public RuleSetResource(Tenants tenants, ObjectMapper json) {
        this.tenants = tenants;
        this.json = json;
    }

    /** A version as listed: no zip, no report. */
    public record VersionInfo(String ruleSetId, String version, String hash, String base, String publishedAt,
                              String publishedBy, boolean active) {
    }

    /** A publish's answer: the version, its report, and the published layers built on it. */
    public record Published(VersionInfo version, ValidationReport report, List<PublishResult.AffectedLayer> affectedLayers) {
    }

    @POST
    @Path("/validate")
    @Consumes(RuleSetUpload.ZIP)
    @Operation(summary = "Check a zipped rule set: files, compilation, scenarios, safety properties over every family, "
            + "analysis. Nothing changes.", description = "200 with the report when the rule set is valid; 422 with the "
            + "same report when it is not.")
    public Response validate(byte[] zip, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return validated(tenants.of(caller).publisher().validate(RuleSetUpload.fromZip(zip)));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Check a rule set sent from a browser form (a zip, or a folder's files in the field 'file')")
    public Response validateForm(FormDataMultiPart form, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return validated(tenants.of(caller).publisher().validate(RuleSetUpload.fromForm(form)));
    }

    /** An invalid rule set is an unprocessable upload, as when it is published; the report says why. */
    private static Response validated(ValidationReport report) {
        return Response.status(report.valid() ? 200 : 422).entity(report).build();
    }

    @POST
    @Path("/diff")
    @Consumes(RuleSetUpload.ZIP)
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @Operation(summary = "Which families' pathways change if this zipped rule set replaced the active one "
            + "(steps, urgencies, tiers, reason texts, notes), grouped, filtered (need, age_band, service, service_change, "
            + "safeguarding, group) and paged; format=csv or xlsx gives every matching family as a file. Nothing changes.")
    public Response diff(byte[] zip, @BeanParam DiffQuery query, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return diffWithActive(tenants.of(caller).publisher(), RuleSetUpload.fromZip(zip), query);
    }

    @POST
    @Path("/diff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @Operation(summary = "The same comparison for a rule set sent from a browser form")
    public Response diffForm(FormDataMultiPart form, @BeanParam DiffQuery query,
                             @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return diffWithActive(tenants.of(caller).publisher(), RuleSetUpload.fromForm(form), query);
    }

    /**
     * A rewritten scenario row: the cells (or YAML keys) before and after, and the whole rule set as a zip to download or
     * check again.
     */
    public record UpdatedExpectation(String scenario, String file, int line, List<ExpectationUpdate.Change> changes,
                                     String zipName, String zipBase64) {
    }

    /** Why an expectation was not updated, in English ({@code message}) and Swedish ({@code sv}). */
    public record NotUpdated(String code, String message, String sv, String field, List<String> allowed) {
    }

    @POST
    @Path("/scenarios/{name}/expectation")
    @Consumes(RuleSetUpload.ZIP)
    @Operation(summary = "Uppdatera förväntan: rewrite a failing scenario's row (Scenarier sheet, scenario CSV or YAML expect "
            + "block) in this zipped rule set to expect the pathway it gets now. Nothing is stored.", description = "200 with "
            + "the changed cells and the rewritten rule set as a base64 zip; 422 when the scenario holds already, is missing, "
            + "comes from a layer's base, or the rule set cannot run.")
    public Response updateExpectation(@PathParam("name") String name, byte[] zip,
                                      @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return updated(tenants.of(caller).publisher(), RuleSetUpload.fromZip(zip), name);
    }

    @POST
    @Path("/scenarios/{name}/expectation")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The same for a rule set sent from a browser form")
    public Response updateExpectationForm(@PathParam("name") String name, FormDataMultiPart form,
                                          @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return updated(tenants.of(caller).publisher(), RuleSetUpload.fromForm(form), name);
    }

    private static Response updated(RuleSetPublisher publisher, RuleSetFiles files, String name) {
        ExpectationUpdate.Result result = publisher.updateExpectation(files, name);
        if (result.refused() != null) {
            return Response.status(422).entity(new NotUpdated("expectation_not_updated", result.refused().en(), result.refused().sv(),
                    "scenario", List.of())).build();
        }
        String zipName = (result.files().id() + "-" + result.files().version()).replaceAll("[^A-Za-z0-9._-]", "_") + ".zip";
        return Response.ok(new UpdatedExpectation(result.scenario(), result.file(), result.line(), result.changes(), zipName,
                Base64.getEncoder().encodeToString(result.files().toZip()))).build();
    }

    @POST
    @Consumes(RuleSetUpload.ZIP)
    @Operation(summary = "Publish a zipped rule set: validate, compile, keep, and serve it at once",
            description = "201 with the version; 422 with the report when it is not valid (the active version does "
                    + "not change); 409 when the version exists with other content, or this very content was "
                    + "published before (then activate that version). A region's policy owner may mark a new base a "
                    + "safety correction (?safetyCorrection=true): it then moves every municipality of the region at once.")
    public Response publish(byte[] zip, @QueryParam("safetyCorrection") boolean safetyCorrection, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        requireRegionForSafety(tenant, safetyCorrection);
        return published(tenant, tenant.publisher().publish(RuleSetUpload.fromZip(zip), by(caller)), safetyCorrection, caller);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Publish a rule set sent from a browser form")
    public Response publishForm(FormDataMultiPart form, @QueryParam("safetyCorrection") boolean safetyCorrection,
            @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        requireRegionForSafety(tenant, safetyCorrection);
        return published(tenant, tenant.publisher().publish(RuleSetUpload.fromForm(form), by(caller)), safetyCorrection, caller);
    }

    @GET
    @Operation(summary = "Every published version: hash, base, when, by which key, and which one is active")
    public List<VersionInfo> versions(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSetPublisher publisher = tenants.of(caller).publisher();
        Optional<ActiveRuleSet> active = publisher.active();
        return publisher.versions().stream().map(v -> info(v, active)).toList();
    }

    @GET
    @Path("/active")
    @Operation(summary = "The active version, who activated it, and its validation report with the analysis")
    public JsonNode active(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) throws IOException {
        RuleSetPublisher publisher = tenants.of(caller).publisher();
        ActiveRuleSet active = publisher.active().orElseThrow(() -> new NotFoundException("no rule set is active yet"));
        PublishedRuleSet version = publisher.find(active.ruleSetId(), active.version()).orElseThrow();
        ObjectNode node = json.valueToTree(info(version, Optional.of(active)));
        node.put("activatedAt", active.activatedAt()).put("activatedBy", active.activatedBy());
        node.set("report", json.readTree(version.reportJson()));
        return node;
    }

    @GET
    @Path("/{version}/diff")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    @Operation(summary = "What activating this published version would change, compared with the active one")
    public Response diffStored(@PathParam("version") String version, @QueryParam("ruleSetId") String ruleSetId,
                               @BeanParam DiffQuery query, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSetPublisher publisher = tenants.of(caller).publisher();
        return diffWithActive(publisher, publisher.filesOf(resolve(publisher, version, ruleSetId)), query);
    }

    @GET
    @Path("/{version}/zip")
    @Produces(RuleSetUpload.ZIP)
    @Operation(summary = "Download a published version as a zip")
    public Response zip(@PathParam("version") String version, @QueryParam("ruleSetId") String ruleSetId,
            @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        PublishedRuleSet stored = resolve(tenants.of(caller).publisher(), version, ruleSetId);
        String name = (stored.ruleSetId() + "-" + stored.version()).replaceAll("[^A-Za-z0-9._-]", "_") + ".zip";
        return Response.ok(Base64.getDecoder().decode(stored.zipBase64()), RuleSetUpload.ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/{version}/activate")
    @Operation(summary = "Serve a published version again (roll back or forward); name the rule set with ruleSetId "
            + "when several share the version. A region's policy owner may mark it a safety correction "
            + "(?safetyCorrection=true): every municipality of the region then moves to it at once.")
    public VersionInfo activate(@PathParam("version") String version, @QueryParam("ruleSetId") String ruleSetId,
                                @QueryParam("safetyCorrection") boolean safetyCorrection, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        RuleSetPublisher publisher = tenant.publisher();
        requireRegionForSafety(tenant, safetyCorrection);
        PublishedRuleSet stored = resolve(publisher, version, ruleSetId);
        if (publisher.movesBase(stored)) {
            throw new ForbiddenException(stored.ruleSetId() + " " + stored.version() + " is on the base " + (stored.base() == null
                    ? stored.ruleSetId() + " " + stored.version() : stored.base()) + ", not the one this tenant is pinned to: "
                    + "a municipality moves to another base only by accepting the one its region serves (POST /rulesets/base-updates/accept)");
        }
        PublishedRuleSet activated = publisher.activate(stored.ruleSetId(), stored.version(), by(caller)).orElseThrow();
        if (safetyCorrection) {
            correct(tenant, caller);
        }
        return info(activated, publisher.active());
    }

    /** Only a region's policy owner can move every municipality: a municipality's key has no say over another's. */
    private static void requireRegionForSafety(ServedTenant tenant, boolean safetyCorrection) {
        if (safetyCorrection && !tenant.tenant().isRegion()) {
            throw new ForbiddenException("only the region's policy owner can mark a base change a safety correction");
        }
    }

    /** A safety correction: every municipality of the region moves to the base the region serves now. */
    private void correct(ServedTenant region, ApiKeyPrincipal caller) {
        for (ServedTenant municipality : tenants.municipalitiesOf(region.id())) {
            municipality.baseUpdates().move("region " + region.id() + ", " + by(caller), true);
        }
    }

    /**
     * One page of the comparison (plausible families first), filtered; over all pages the changes number {@code matching}
     * ({@code changed} unfiltered). As CSV or XLSX: every family that matches, as a download.
     */
    private static Response diffWithActive(RuleSetPublisher publisher, RuleSetFiles files, DiffQuery query) {
        DiffFilter filter = query.filter();
        RuleSetPublisher.Comparison comparison = publisher.diffWithActive(files);
        if (comparison.diff() == null) {
            return Response.status(422).entity(comparison.report()).build();
        }
        RuleSetDiff.Result result = comparison.diff().filter(filter);
        boolean swedish = "sv".equals(query.lang);
        String name = "lotsen-jamforelse-" + result.newer().replaceAll("[^A-Za-z0-9._-]", "_");
        return switch (query.format) {
            case "csv" -> Response.ok(DiffExport.csv(result, swedish), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(DiffExport.xlsx(result, swedish), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> Response.ok(result.page(query.page, query.perPage)).build();
        };
    }

    private Response published(ServedTenant tenant, PublishResult result, boolean safetyCorrection, ApiKeyPrincipal caller) {
        if (result instanceof PublishResult.Published p) {
            if (safetyCorrection) {
                correct(tenant, caller);
            }
            return Response.status(201).entity(new Published(info(p.version(), tenant.publisher().active()), p.report(),
                    p.affectedLayers())).build();
        }
        if (result instanceof PublishResult.AlreadyPublished a) {
            return Response.status(409).entity(new ApiError("already_published", RuleSetPublisher.describe(result)
                    + ": POST /rulesets/" + a.version().version() + "/activate?ruleSetId=" + a.version().ruleSetId(),
                    "ruleset.yaml version", List.of(), List.of())).build();
        }
        if (result instanceof PublishResult.Conflict) {
            return Response.status(409).entity(new ApiError("version_conflict", RuleSetPublisher.describe(result),
                    "ruleset.yaml version", List.of(), List.of())).build();
        }
        return Response.status(422).entity(((PublishResult.Rejected) result).report()).build();
    }

    /** The published version with this version string (and rule-set id, when several rule sets share it). */
    private static PublishedRuleSet resolve(RuleSetPublisher publisher, String version, String ruleSetId) {
        if (ruleSetId != null) {
            return publisher.find(ruleSetId, version)
                    .orElseThrow(() -> new NotFoundException("no published version " + version + " of " + ruleSetId));
        }
        List<PublishedRuleSet> named = publisher.withVersion(version);
        if (named.isEmpty()) {
            throw new NotFoundException("no published version " + version);
        }
        if (named.size() > 1) {
            throw new InvalidRequestException(List.of(new Violation("ruleSetId",
                    "is needed: several rule sets have version " + version, named.stream().map(PublishedRuleSet::ruleSetId).toList())));
        }
        return named.get(0);
    }

    private static VersionInfo info(PublishedRuleSet v, Optional<ActiveRuleSet> active) {
        boolean isActive = active.map(a -> a.ruleSetId().equals(v.ruleSetId()) && a.version().equals(v.version())).orElse(false);
        return new VersionInfo(v.ruleSetId(), v.version(), v.hash(), v.base(), v.publishedAt(), v.publishedBy(), isActive);
    }

    private static String by(ApiKeyPrincipal caller) {
        return caller.label() + " (key " + caller.id() + ")";
    }
}
