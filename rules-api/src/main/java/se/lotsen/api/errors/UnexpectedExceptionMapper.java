package se.lotsen.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else is our fault: log it with an id and answer 500 with that id only, never a stack
 * trace or a class name. The log holds no request body.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            // Jetty's own refusals (a body that arrives too slowly: 408) are the caller's, not ours.
            return Response.status(http.getCode()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("request_refused", "the request was refused: " + http.getReason(), "body", List.of(),
                            List.of())).build();
        }
        String id = UUID.randomUUID().toString();
        LOG.error("unexpected error {}", id, e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("internal_error", "Lotsen could not answer; the error is logged as " + id)).build();
    }
}
