package se.lotsen.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.lotsen.core.Violation;

/**
 * Every error answer: a stable code, a message a person can act on, the field it concerns and
 * the values that would be accepted; {@code errors} lists every problem when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, String field, List<String> allowed, List<Violation> errors) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null, List.of(), List.of());
    }

    public static ApiError invalid(List<Violation> violations) {
        Violation first = violations.get(0);
        String message = first.field().isEmpty() ? first.message() : first.field() + " " + first.message();
        if (violations.size() > 1) {
            message += " (and " + (violations.size() - 1) + " more problem" + (violations.size() > 2 ? "s" : "") + ")";
        }
        return new ApiError("invalid_request", message, first.field(), first.allowed(), violations);
    }
}
