package se.lotsen.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import se.lotsen.core.InvalidRequestException;

/** A request the engine refused: 422 with every violation. */
public final class InvalidRequestExceptionMapper implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.invalid(e.violations())).build();
    }
}
