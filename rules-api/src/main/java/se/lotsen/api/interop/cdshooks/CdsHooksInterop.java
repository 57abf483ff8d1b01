package se.lotsen.api.interop.cdshooks;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import se.lotsen.api.db.Store;
import se.lotsen.api.tenants.Tenants;

/** Wires CDS Hooks into the application: the resource, the JWT check for trusted clients, and CORS. */
public final class CdsHooksInterop {
    private CdsHooksInterop() {
    }

    public static void register(JerseyEnvironment jersey, CdsHooksConfiguration configuration, Store store, Tenants tenants,
                                Clock clock) {
        CdsClientTrust trust = new CdsClientTrust(configuration.getTrustedClients(), store.cdsHooks(), clock);
        CardMemory cards = new CardMemory(store.cdsHooks(), store.outcomes(), clock, configuration.getCardMemory().toJavaDuration());
        jersey.register(CdsJwtFilter.feature(trust, configuration.getServiceUrl()));
        jersey.register(new CdsCors(configuration.getAllowedOrigins()));
        jersey.register(new CdsHooksResource(tenants, cards));
    }
}
