package se.lotsen.api.interop.cdshooks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.errors.ApiError;

/**
 * A trusted CDS client's JWT on the CDS Hooks endpoints, checked before the API-key filter: a verified
 * token makes the caller a SYSTEM principal (which the key filter then accepts); a JWT that fails any
 * check is refused here with 401 and the reason; any other bearer token is left to the key filter.
 */
@Priority(Priorities.AUTHENTICATION - 100)
final class CdsJwtFilter implements ContainerRequestFilter {
    private final CdsClientTrust trust;
    private final String serviceUrl;

    CdsJwtFilter(CdsClientTrust trust, String serviceUrl) {
        this.trust = trust;
        this.serviceUrl = serviceUrl == null ? null : serviceUrl.replaceAll("/+$", "");
    }

    /** Binds the filter to the CDS Hooks resource only: JWTs are how CDS clients call, not how anything else is called. */
    static DynamicFeature feature(CdsClientTrust trust, String serviceUrl) {
        CdsJwtFilter filter = new CdsJwtFilter(trust, serviceUrl);
        return (ResourceInfo resource, FeatureContext context) -> {
            if (resource.getResourceClass() == CdsHooksResource.class) {
                context.register(filter);
            }
        };
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String token = header.substring(7).strip();
        if (!CdsClientTrust.looksLikeJwt(token)) {
            return;
        }
        CdsClientTrust.Verdict verdict = trust.verify(token, audience(request));
        if (verdict instanceof CdsClientTrust.Trusted trusted) {
            request.setSecurityContext(new Caller(trusted.caller(), request.getSecurityContext().isSecure()));
        } else {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lotsen\", error=\"invalid_token\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("token_invalid", ((CdsClientTrust.Refused) verdict).reason(), "Authorization",
                            List.of(), List.of()))
                    .build());
        }
    }

    /** The address called, without a query: what the client must have put in aud. */
    private String audience(ContainerRequestContext request) {
        if (serviceUrl != null) {
            return serviceUrl + "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        }
        return request.getUriInfo().getAbsolutePath().toString();
    }

    private record Caller(ApiKeyPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.role().name().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "JWT";
        }
    }
}
