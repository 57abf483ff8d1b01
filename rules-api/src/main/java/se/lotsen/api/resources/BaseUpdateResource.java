package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.db.BaseMove;
import se.lotsen.api.publishing.BaseUpdates;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.policy.validation.RuleSetDiff;

/**
 * A municipality's policy owner sees whether her region serves a newer base than her layer is pinned to, with the
 * diff of her own families' pathways, and accepts it; the region's policy owner sees which municipality follows
 * which base version.
 */
@Path("/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("POLICY_OWNER")
@Tag(name = "rulesets")
public class BaseUpdateResource {
    private final Tenants tenants;

    public BaseUpdateResource(Tenants tenants) {
        this.tenants = tenants;
    }

    /**
     * The caller's tenant's base.
     *
     * @param pinnedBase the base version its rule set is pinned to ("id version")
     * @param pending    a newer base the region serves, with the diff; null when none
     * @param moves      accepted updates and safety corrections that reached it, newest first
     */
    public record BaseState(String tenant, String pinnedBase, BaseUpdates.Pending pending, List<BaseMove> moves) {
    }

    /** A municipality of the region, the rule set serving it and the base version it follows. */
    public record Follower(String tenant, String nameSv, String nameEn, String ruleSetId, String version, String base) {
    }

    @GET
    @Path("/base-updates")
    @Operation(summary = "The base the caller's rule set is pinned to, a newer one the region serves (with the diff of "
            + "the tenant's pathways: families whose pathway would change), and the moves that reached it")
    public BaseState state(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        BaseUpdates updates = tenant.baseUpdates();
        return new BaseState(tenant.id(), updates.pinnedBase().orElse(null), updates.pending().orElse(null), updates.moves());
    }

    @GET
    @Path("/layer-changes")
    @Operation(summary = "What the caller's layer changes over the base it is pinned to: the families whose pathway differs "
            + "from the base's (404 when the tenant serves the base itself)")
    public RuleSetDiff.Result layerChanges(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        return tenants.of(caller).baseUpdates().layerChanges()
                .orElseThrow(() -> new NotFoundException("this tenant serves a base, not a layer on one"));
    }

    @POST
    @Path("/base-updates/accept")
    @Operation(summary = "Accept the region's current base: the tenant's layer is validated on it in full and then "
            + "serves; 422 with the report when the layer does not hold on the new base (nothing changes)")
    public Response accept(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        if (tenant.tenant().isRegion()) {
            throw new ForbiddenException("a region's rule set is the base; it has no base to accept");
        }
        BaseUpdates.Moved moved = tenant.baseUpdates().accept(caller.label() + " (key " + caller.id() + ")");
        return Response.status(moved.moved() || moved.report() == null ? 200 : 422).entity(moved).build();
    }

    @GET
    @Path("/tenants")
    @Operation(summary = "For a region's policy owner: each municipality, the rule set serving it and the base version it follows")
    public List<Follower> followers(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant region = tenants.of(caller);
        if (!region.tenant().isRegion()) {
            throw new ForbiddenException("only a region's policy owner sees its municipalities");
        }
        return tenants.municipalitiesOf(region.id()).stream().map(t -> new Follower(t.id(), t.tenant().nameSv(),
                t.tenant().nameEn(), t.engine().serving().ruleSetId(), t.engine().serving().version(),
                t.baseUpdates().pinnedBase().orElse(null))).toList();
    }
}
