package se.lotsen.api.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.core.RuleSetPublisher;
import se.lotsen.api.errors.ApiError;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.catalog.store.ActiveRuleSet;
import se.lotsen.catalog.store.RuleSetVersion;
import se.lotsen.catalog.validation.ValidationReport;

/** Policy owners check, publish and roll back rule sets (zipped rule-set folders) without a restart. */
@Path("/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("POLICY_OWNER")
@Tag(name = "rulesets")
public class RuleSetResource {
    static final String ZIP = "application/zip";

    private final RuleSetPublisher publisher;
    private final ObjectMapper json;

    public RuleSetResource(RuleSetPublisher publisher, ObjectMapper json) {
        this.publisher = publisher;
        this.json = json;
    }

    /** A version as listed: no zip, no report. */
    public record VersionInfo(String version, String ruleSetId, String hash, String publishedAt, String publishedBy,
                              boolean active) {
    }

    /** A publish or activation answer. */
    public record Published(String version, String ruleSetId, String hash, String publishedAt, String publishedBy,
                            boolean active, boolean isNew, ValidationReport report) {
    }

    @POST
    @Path("/validate")
    @Consumes(ZIP)
    @Operation(summary = "Check a zipped rule set: files, compilation, scenarios, analysis. Nothing changes.")
    public ValidationReport validate(byte[] zip) {
        return publisher.validate(read(zip));
    }

    @POST
    @Consumes(ZIP)
    @Operation(summary = "Publish a zipped rule set: validate, compile, keep, and serve it at once",
            description = "201 with the version; 422 with the report when it is not valid (the active version does "
                    + "not change); 409 when the version exists with other content.")
    public Response publish(byte[] zip, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSetPublisher.Outcome outcome = publisher.publish(read(zip), caller.label() + " (key " + caller.id() + ")");
        if (outcome instanceof RuleSetPublisher.Published p) {
            RuleSetVersion v = p.version();
            return Response.status(p.isNew() ? 201 : 200).entity(new Published(v.version(), v.ruleSetId(), v.hash(),
                    v.publishedAt(), v.publishedBy(), true, p.isNew(), p.report())).build();
        }
        if (outcome instanceof RuleSetPublisher.Conflict c) {
            return Response.status(409).entity(new ApiError("version_conflict", RuleSetPublisher.describe(c),
                    "ruleset.yaml version", List.of(), List.of())).build();
        }
        return Response.status(422).entity(((RuleSetPublisher.Rejected) outcome).report()).build();
    }

    @GET
    @Operation(summary = "Every published version: hash, when, by which key, and which one is active")
    public List<VersionInfo> versions() {
        String active = publisher.active().map(ActiveRuleSet::version).orElse(null);
        return publisher.versions().stream().map(v -> new VersionInfo(v.version(), v.ruleSetId(), v.hash(),
                v.publishedAt(), v.publishedBy(), v.version().equals(active))).toList();
    }

    @GET
    @Path("/active")
    @Operation(summary = "The active version, who activated it, and its validation report with the analysis")
    public JsonNode active() throws IOException {
        ActiveRuleSet active = publisher.active().orElseThrow(() -> new NotFoundException("no active rule set"));
        RuleSetVersion version = publisher.find(active.version()).orElseThrow();
        var node = json.createObjectNode();
        node.put("version", version.version()).put("ruleSetId", version.ruleSetId()).put("hash", version.hash())
                .put("publishedAt", version.publishedAt()).put("publishedBy", version.publishedBy())
                .put("activatedAt", active.activatedAt()).put("activatedBy", active.activatedBy());
        node.set("report", json.readTree(version.reportJson()));
        return node;
    }

    @POST
    @Path("/{version}/activate")
    @Operation(summary = "Serve a published version again (roll back or forward)")
    public VersionInfo activate(@PathParam("version") String version, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        RuleSetVersion v = publisher.activate(version, caller.label() + " (key " + caller.id() + ")")
                .orElseThrow(() -> new NotFoundException("no published version " + version));
        return new VersionInfo(v.version(), v.ruleSetId(), v.hash(), v.publishedAt(), v.publishedBy(), true);
    }

    private static RuleSetFiles read(byte[] zip) {
        try {
            return RuleSetFiles.fromZip("upload", zip);
        } catch (IllegalArgumentException e) {
            throw new se.lotsen.core.InvalidRequestException(List.of(new se.lotsen.core.Violation("body",
                    e.getMessage(), List.of())));
        }
    }
}
