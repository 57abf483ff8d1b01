package se.lotsen.api.interop.cdshooks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * CORS for /cds-services, for the configured origins only (a browser CDS client such as the CDS
 * Hooks sandbox): preflights are answered here, before authentication (a browser sends none with
 * them), and answers carry Access-Control-Allow-Origin. No cookies are involved, so no credentials
 * mode; any other origin gets no CORS headers and the browser refuses to hand it the answer.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class CdsCors implements ContainerRequestFilter, ContainerResponseFilter {
    static final String METHODS = "GET, POST, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, Accept, Accept-Language";

    private final Set<String> origins;

    public CdsCors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && applies(request, origin)) {
            Response.ResponseBuilder preflight = Response.noContent()
                    .header("Access-Control-Allow-Methods", METHODS)
                    .header("Access-Control-Allow-Headers", HEADERS)
                    .header("Access-Control-Max-Age", "600");
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (applies(request, origin)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.add("Vary", "Origin");
        }
    }

    private boolean applies(ContainerRequestContext request, String origin) {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        return origin != null && origins.contains(origin) && (path.equals("cds-services") || path.startsWith("cds-services/"));
    }
}
