package se.lotsen.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.lotsen.core.Json;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * The strict YAML reader for rule-set files (unknown keys and keys given twice are refused), and
 * the file:line problem a parse error becomes, in the words of a policy owner.
 */
public final class Yaml {
    /** Immutable and thread-safe: nobody can reconfigure how every rule-set file is read. */
    public static final ObjectReader READER = Json.strict(new ObjectMapper(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()))
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .reader();

    private Yaml() {
    }

    public static Problem problem(String path, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (original.startsWith("Duplicate field")) {
            String key = original.replaceAll(".*'([^']*)'.*", "$1");
            return Problem.of(path, line, "Nyckeln " + key + " står två gånger; ta bort den ena.",
                    "The key " + key + " is given twice; remove one of them.");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return Problem.of(path, line, "Nyckeln " + unknown.getPropertyName() + " (i " + field + ") känns inte igen. "
                    + "Tillåtna nycklar här: " + known + ".", "The key " + unknown.getPropertyName() + " (in " + field
                    + ") is not known. The keys allowed here: " + known + ".");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return Problem.of(path, line, field + ": " + format.getValue() + " är ingen känd kod. Tillåtna: " + allowed + ".",
                    field + ": " + format.getValue() + " is not a known code. Allowed: " + allowed + ".");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String type = mismatch.getTargetType().getSimpleName();
            return Problem.of(path, line, field + ": värdet har fel form (förväntade " + form(type, true) + ").",
                    field + ": the value has the wrong form (expected " + form(type, false) + ").");
        }
        if (e instanceof JsonParseException || causedByYamlSyntax(e)) {
            return Problem.of(path, line, "YAML-filen går inte att läsa här: kontrollera indragen (mellanslag, inte tabb), "
                    + "kolon efter varje nyckel och att listor börjar med '- '. (" + original + ")",
                    "The YAML file cannot be read here: check the indentation (spaces, not tabs), a colon after every key, "
                    + "and that list items start with '- '. (" + original + ")");
        }
        return Problem.of(path, line, (field.isEmpty() ? "" : field + ": ") + original, (field.isEmpty() ? "" : field + ": ") + original);
    }

    private static boolean causedByYamlSyntax(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().contains("yaml") && !(cause instanceof JsonMappingException)) {
                return true;
            }
        }
        return false;
    }

    private static String form(String type, boolean swedish) {
        return switch (type) {
            case "List", "ArrayList" -> swedish ? "en lista (- …)" : "a list (- …)";
            case "Integer", "int", "Long", "long" -> swedish ? "ett heltal" : "a whole number";
            case "String" -> swedish ? "en text" : "a text";
            case "Boolean", "boolean" -> swedish ? "true eller false" : "true or false";
            default -> swedish ? "nycklar med värden (" + type + ")" : "keys with values (" + type + ")";
        };
    }
}
