package se.lotsen.api.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import se.lotsen.core.Violation;

/**
 * Turns Jackson's refusal of a request body into an error a caller can act on: malformed JSON is
 * 400; well-formed JSON with an unknown field, unknown code or wrong type is 422 with the field.
 * Messages never carry Java class names.
 */
public final class JsonErrors {
    /** The field named when the problem is the body as a whole. */
    public static final String BODY = "body";

    private JsonErrors() {
    }

    /** Where in the document the parser was when the JSON broke, e.g. needs[0].category; "body" at the top. */
    private static String whereParsing(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            String path = pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replaceFirst("^\\.", "")
                    .replace(".[", "[");
            if (!path.isEmpty()) {
                return path;
            }
        }
        return BODY;
    }

    /** The HTTP status for this refusal (400 or 422). */
    public static int status(JsonProcessingException e) {
        return e instanceof JsonMappingException || duplicateKey(e) ? 422 : 400;
    }

    /** A key given twice: refused, so a later empty list can never silently drop an earlier safeguarding concern. */
    private static boolean duplicateKey(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
    }

    public static ApiError toError(JsonProcessingException e) {
        if (duplicateKey(e)) {
            String field = whereParsing(e);
            return new ApiError("duplicate_field", field + " is given more than once; give each field once",
                    field, List.of(), List.of(new Violation(field, "is given more than once", List.of())));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return new ApiError("malformed_json", "the body is not valid JSON" + where, whereParsing(e),
                    List.of(), List.of());
        }
        String field = path(mapping);
        if (field.isEmpty()) {
            field = BODY;
        }
        Violation violation;
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            violation = new Violation(field, "is not a field Lotsen accepts; it takes only codes, numbers and "
                    + "booleans, never names or free text", known);
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            violation = new Violation(field, "is not a known code: " + format.getValue(),
                    Arrays.stream(format.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            violation = new Violation(field, "has the wrong type: expected " + describe(mismatch.getTargetType()),
                    mismatch.getTargetType().isEnum()
                            ? Arrays.stream(mismatch.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                            : List.of());
        } else {
            violation = new Violation(field, "has an invalid value", List.of());
        }
        return ApiError.invalid(List.of(violation));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of the codes";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
