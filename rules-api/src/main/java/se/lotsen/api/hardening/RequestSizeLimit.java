package se.lotsen.api.hardening;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.apache.commons.io.input.BoundedInputStream;
import se.lotsen.api.errors.ApiError;

/**
 * Refuses a body over the limit with 413: at once when Content-Length says so, and while reading
 * when a chunked body grows past it, so no request can make Lotsen hold a large body in memory.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestSizeLimit implements ContainerRequestFilter {
    private final long requestBytes;
    private final long ruleSetBytes;

    /** @param ruleSetBytes the larger limit for rule-set zips under /rulesets */
    public RequestSizeLimit(long requestBytes, long ruleSetBytes) {
        this.requestBytes = requestBytes;
        this.ruleSetBytes = ruleSetBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = request.getUriInfo().getPath().startsWith("rulesets") ? ruleSetBytes : requestBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(maxBytes));
            return;
        }
        if (request.hasEntity()) {
            try {
                request.setEntityStream(BoundedInputStream.builder()
                        .setInputStream(request.getEntityStream())
                        .setMaxCount(maxBytes + 1)
                        .setOnMaxCount((max, count) -> {
                            throw new WebApplicationException(tooLarge(maxBytes));
                        })
                        .get());
            } catch (IOException e) {
                throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
            }
        }
    }

    private static Response tooLarge(long maxBytes) {
        return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("body_too_large", "the body is larger than " + maxBytes + " bytes", "body",
                        List.of(), List.of()))
                .build();
    }
}
