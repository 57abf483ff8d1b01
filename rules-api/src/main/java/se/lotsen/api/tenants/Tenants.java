package se.lotsen.api.tenants;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.db.Store;
import se.lotsen.api.db.Tenant;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.publishing.ActiveEngine;
import se.lotsen.api.publishing.BaseUpdates;
import se.lotsen.api.publishing.RuleSetPublisher;
import se.lotsen.api.publishing.SharedEngines;
import se.lotsen.api.publishing.ValidationPool;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.stats.SuggestionCounter;

/**
 * The tenants this server serves, each with its own serving rule set and data ({@link ServedTenant}). A caller is
 * answered by its key's tenant and no other; a key of a tenant this server does not serve gets 403.
 */
public final class Tenants {
    private static final Logger LOG = LoggerFactory.getLogger(Tenants.class);

    private final Map<String, ServedTenant> served;
    private final Store store;

    private Tenants(Map<String, ServedTenant> served, Store store) {
        this.served = served;
        this.store = store;
    }

    /** How the parts of each tenant are made. */
    public record Parts(Store store, ObjectMapper json, Clock clock, ScheduledExecutorService later, ValidationPool validation,
                        int randomFamilies, Duration retention, int maxPending) {
    }

    /**
     * The tenants the configuration lists (regions first), written to the store's tenant table; without a list, the
     * one tenant {@code default}. Nothing serves yet: see {@link #start}.
     */
    public static Tenants of(List<TenantConfiguration> configured, Parts parts) {
        List<Tenant> tenants = register(configured, parts.store());
        Map<String, ServedTenant> served = new LinkedHashMap<>();
        SharedEngines shared = new SharedEngines();
        for (Tenant tenant : tenants) {
            served.put(tenant.id(), serve(tenant, parts, shared));
        }
        return new Tenants(served, parts.store());
    }

    /** Writes the configured tenants to the store (the keys command does too, so keys can name them); regions first. */
    public static List<Tenant> register(List<TenantConfiguration> configured, Store store) {
        List<Tenant> tenants = new ArrayList<>();
        if (configured.isEmpty()) {
            tenants.add(store.tenants().find(Tenant.DEFAULT).orElse(new Tenant(Tenant.DEFAULT, null, "Lotsen", "Lotsen")));
        } else {
            configured.stream().map(TenantConfiguration::tenant).filter(Tenant::isRegion).forEach(tenants::add);
            configured.stream().map(TenantConfiguration::tenant).filter(t -> !t.isRegion()).forEach(tenants::add);
        }
        tenants.forEach(store.tenants()::put);
        return tenants;
    }

    private static ServedTenant serve(Tenant tenant, Parts parts, SharedEngines shared) {
        Store store = parts.store();
        ActiveEngine engine = new ActiveEngine(parts.later(), shared::release);
        RuleSetPublisher publisher = new RuleSetPublisher(engine, store.ruleSets(), tenant, parts.json(), parts.clock(),
                parts.randomFamilies(), parts.validation(), shared);
        return new ServedTenant(tenant, engine, publisher, new BaseUpdates(publisher, store.ruleSets(), parts.json(), parts.clock()),
                new SuggestionCounter(store.counters(), tenant.id(), parts.clock()),
                new FollowUps(store.followUps(), store.outcomes(), tenant.id(), parts.clock(), parts.retention(), parts.maxPending()),
                new StatsReport(store.counters(), store.outcomes(), tenant.id()),
                new EvaluationReport(store.outcomes(), store.counters(), tenant.id()));
    }

    /**
     * Serves every tenant: regions first (a municipality's layer needs its region's base), then the municipalities.
     *
     * @param directories each tenant's rule-set directory to publish at start, by id (absent: none)
     */
    public void start(Map<String, String> directories) {
        for (ServedTenant tenant : served.values()) {
            try {
                tenant.publisher().start(directories.get(tenant.id()));
            } catch (RuntimeException e) {
                if (served.size() == 1) {
                    throw e;
                }
                // One tenant whose rule set cannot serve must not keep the others from serving: its calls get 503.
                LOG.error("tenant {} serves no rule set: {}", tenant.id(), e.getMessage(), e);
            }
        }
    }

    /** The tenant of a caller's key. */
    public ServedTenant of(ApiKeyPrincipal caller) {
        ServedTenant tenant = served.get(caller.tenant());
        if (tenant == null) {
            throw new ForbiddenException("this key belongs to tenant " + caller.tenant() + ", which this server does not serve");
        }
        return tenant;
    }

    /** The tenant of the request's caller, from its security context (a key's or a trusted CDS client's principal). */
    public ServedTenant of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof ApiKeyPrincipal caller) {
            return of(caller);
        }
        throw new ForbiddenException("this call has no key, so no tenant to answer from");
    }

    public Optional<ServedTenant> byId(String id) {
        return Optional.ofNullable(served.get(id));
    }

    public Collection<ServedTenant> all() {
        return served.values();
    }

    /** The municipalities of a region. */
    public List<ServedTenant> municipalitiesOf(String region) {
        return served.values().stream().filter(t -> region.equals(t.tenant().region())).toList();
    }

    /** The first tenant: the region (or the single tenant), for what the server checks of itself. */
    public ServedTenant first() {
        return served.values().iterator().next();
    }

    /**
     * Whose pathway a reference is. The parent's page has no key: the reference itself says which tenant answers it,
     * from that tenant's memory (not yet written) or the store.
     */
    public Optional<ServedTenant> ofReference(String reference) {
        for (ServedTenant tenant : served.values()) {
            if (tenant.followUps().waiting(reference)) {
                return Optional.of(tenant);
            }
        }
        return FollowUps.storedTenantOf(store.followUps(), reference).flatMap(this::byId);
    }
}
