package se.lotsen.api.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.lotsen.core.Violation;

/** A body that Hibernate Validator refuses: 422 naming each field as the caller wrote it (not Java's argument names). */
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v), v.getMessage(), List.of()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.invalid(violations)).build();
    }

    /** The property path inside the body: the method and parameter nodes are Java's, not the caller's. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
            }
        }
        return names.isEmpty() ? JsonErrors.BODY : String.join(".", names);
    }
}
