package se.lotsen.api.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import se.lotsen.api.errors.ApiError;

/**
 * Reads an API key from the {@code Authorization: Bearer} header and nowhere else: a key in the
 * address ({@code ?access_token=}) would end up in logs and browser histories. Tells a missing key
 * from a wrong one, so a person knows which of the two to fix.
 */
@Priority(Priorities.AUTHENTICATION)
final class BearerKeyFilter extends AuthFilter<String, ApiKeyPrincipal> {
    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal) {
            // An earlier filter has verified the caller (a trusted CDS client's JWT on /cds-services).
            return;
        }
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw refusal("key_missing", "an API key is required: Authorization: Bearer KEY "
                    + "(create one with: lotsen keys create --role STAFF)");
        }
        int space = header.indexOf(' ');
        String key = space > 0 && header.substring(0, space).equalsIgnoreCase(prefix) ? header.substring(space + 1).strip() : null;
        if (key == null || !authenticate(request, key, SecurityContext.BASIC_AUTH)) {
            throw refusal("key_invalid", "the API key is not valid: it is unknown, mistyped or revoked");
        }
    }

    private WebApplicationException refusal(String code, String message) {
        return new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message, "Authorization", List.of(), List.of()))
                .build());
    }

    static final class Builder extends AuthFilterBuilder<String, ApiKeyPrincipal, BearerKeyFilter> {
        @Override
        protected BearerKeyFilter newInstance() {
            return new BearerKeyFilter();
        }
    }
}
