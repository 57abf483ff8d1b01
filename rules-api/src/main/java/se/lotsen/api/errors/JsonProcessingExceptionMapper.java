package se.lotsen.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body Jackson refuses: 400 when it is not JSON, 422 when it is JSON with wrong content. */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        // A refusal raised while Jackson read the body (such as the size limit) arrives wrapped.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refusal) {
                return refusal.getResponse();
            }
        }
        return Response.status(JsonErrors.status(e)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonErrors.toError(e)).build();
    }
}
