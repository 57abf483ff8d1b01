package se.lotsen.api.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import se.lotsen.api.errors.ApiError;

/** Bearer API keys with roles, through dropwizard-auth: 401 without a valid key, 403 for the wrong role. */
public final class ApiKeyAuth {
    private ApiKeyAuth() {
    }

    public static void register(JerseyEnvironment jersey, ApiKeys keys) {
        Authorizer<ApiKeyPrincipal> byRole = (ApiKeyPrincipal principal, String role, ContainerRequestContext ctx) ->
                principal.role().name().equals(role);
        jersey.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(keys::authenticate)
                .setAuthorizer(byRole)
                .setPrefix("Bearer")
                .setRealm("lotsen")
                .setUnauthorizedHandler(new JsonUnauthorized())
                .buildAuthFilter()));
        jersey.register(RolesAllowedDynamicFeature.class);
        jersey.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
    }

    /** The 401 keeps Lotsen's error shape and says how to get a key. */
    static final class JsonUnauthorized implements UnauthorizedHandler {
        @Override
        public Response buildResponse(String prefix, String realm) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unauthorized", "an API key is required: Authorization: Bearer KEY "
                            + "(create one with: lotsen keys create --role STAFF)", "Authorization",
                            java.util.List.of(), java.util.List.of()))
                    .build();
        }
    }
}
