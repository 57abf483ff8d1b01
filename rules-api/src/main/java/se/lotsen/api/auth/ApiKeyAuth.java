package se.lotsen.api.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** Bearer API keys with roles, through dropwizard-auth: 401 without a valid key, 403 for the wrong role. */
public final class ApiKeyAuth {
    private ApiKeyAuth() {
    }

    public static void register(JerseyEnvironment jersey, ApiKeys keys) {
        Authorizer<ApiKeyPrincipal> byRole = (ApiKeyPrincipal principal, String role, ContainerRequestContext ctx) ->
                principal.role().name().equals(role);
        jersey.register(new AuthDynamicFeature(new BearerKeyFilter.Builder()
                .setAuthenticator(keys::authenticate)
                .setAuthorizer(byRole)
                .setPrefix("Bearer")
                .setRealm("lotsen")
                .buildAuthFilter()));
        jersey.register(RolesAllowedDynamicFeature.class);
        jersey.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
    }
}
