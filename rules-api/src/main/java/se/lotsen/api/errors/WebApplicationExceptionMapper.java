package se.lotsen.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;

/**
 * 403, 404, 405, 415 and friends keep the error shape. A response that already carries Lotsen's
 * error (such as the 401 from the key filter) is passed on as it is.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response response = e.getResponse();
        if (response.hasEntity() && response.getEntity() instanceof ApiError) {
            return response;
        }
        int status = response.getStatus();
        ApiError error = switch (status) {
            case 403 -> new ApiError("forbidden_role", "this key is valid, but its role may not use this endpoint; "
                    + "ask for a key with the right role (STAFF or SYSTEM for pathways, POLICY_OWNER for rule sets, "
                    + "statistics and evaluation, SYSTEM for FHIR and CDS Hooks)", "Authorization", List.of(),
                    List.of());
            case 404 -> ApiError.of("not_found", e.getMessage() != null && !e.getMessage().startsWith("HTTP 404")
                    ? e.getMessage() : "there is nothing at this address");
            case 415 -> ApiError.of("unsupported_media_type", "this endpoint does not take a body of this type; "
                    + "send Content-Type: application/json (or application/zip or multipart/form-data for rule sets)");
            default -> ApiError.of(response.getStatusInfo().getReasonPhrase().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z]+", "_"), response.getStatusInfo().getReasonPhrase());
        };
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
