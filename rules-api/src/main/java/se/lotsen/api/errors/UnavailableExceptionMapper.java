package se.lotsen.api.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 503 (or 429) with Retry-After and Lotsen's error shape; the cause goes to the log, never to the caller. */
final class UnavailableExceptionMapper implements ExceptionMapper<UnavailableException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableExceptionMapper.class);

    @Override
    public Response toResponse(UnavailableException e) {
        if (e.getCause() != null) {
            LOG.warn("answered {} {}: {}", e.status(), e.code(), e.getMessage(), e.getCause());
        }
        return Response.status(e.status()).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(e.code(), e.getMessage())).build();
    }
}
