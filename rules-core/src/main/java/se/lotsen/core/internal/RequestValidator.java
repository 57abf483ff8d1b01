package se.lotsen.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.ServiceCatalog;

/** Checks a request with Bean Validation, then against the rule set (centres, EPDS forms). */
final class RequestValidator {
    // Expression-language interpolation is not needed for our fixed messages; this keeps jakarta.el off the path.
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Validator validator = FACTORY.getValidator();
    private final ServiceCatalog catalog;
    private final EpdsReader epds;
    private final List<String> formCodes;

    RequestValidator(ServiceCatalog catalog, EpdsReader epds, List<String> formCodes) {
        this.catalog = catalog;
        this.epds = epds;
        this.formCodes = List.copyOf(formCodes);
    }

    List<Violation> violations(SuggestionRequest request) {
        if (request == null) {
            return List.of(new Violation("body", "a request body is required", List.of()));
        }
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<SuggestionRequest> v : validator.validate(request)) {
            String field = fieldPath(v.getPropertyPath());
            found.add(new Violation(field, v.getMessage(), allowedFor(v)));
        }
        checkDuplicateNeeds(request, found);
        checkLanguage("language", request.language(), found);
        if (request.screenings() != null && request.screenings().epds() != null) {
            checkForm(request.screenings().epds().language(), found);
        }
        if (request.centre() != null && !catalog.hasCentre(request.centre())) {
            found.add(new Violation("centre", "is not a centre in the rule set's catalog",
                    catalog.centres().stream().map(Centre::id).toList()));
        }
        found.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return dedupe(found);
    }

    private static void checkDuplicateNeeds(SuggestionRequest request, List<Violation> found) {
        Set<NeedCategory> seen = EnumSet.noneOf(NeedCategory.class);
        for (int i = 0; i < request.needs().size(); i++) {
            var need = request.needs().get(i);
            if (need != null && need.category() != null && !seen.add(need.category())) {
                found.add(new Violation("needs[" + i + "].category", "lists " + need.category()
                        + " a second time; give each need once, with its severity", List.of()));
            }
        }
    }

    /** A form code the rule set lists, or a language it does not (read with the fallback form and said so). */
    private void checkForm(String code, List<Violation> found) {
        if (code == null || !code.matches("[a-z]{2,3}(-[A-Z]{2})?") || formCodes.contains(code)) {
            return;
        }
        List<String> variants = epds.ambiguity(code);
        if (!variants.isEmpty()) {
            found.add(new Violation("screenings.epds.language", "names more than one EPDS form; say which one", variants));
        } else if (!ISO_LANGUAGES.contains(code.substring(0, Math.min(2, code.length()))) || code.length() == 3) {
            found.add(new Violation("screenings.epds.language", "is not an EPDS form the rule set knows, nor an ISO 639-1 language",
                    formCodes));
        }
    }

    private static void checkLanguage(String field, String language, List<Violation> found) {
        if (language != null && language.matches("[a-z]{2}") && !ISO_LANGUAGES.contains(language)) {
            found.add(new Violation(field, "is not an ISO 639-1 language code", List.of()));
        }
    }

    private List<String> allowedFor(ConstraintViolation<?> violation) {
        Object leaf = violation.getInvalidValue();
        if (leaf instanceof Labelled) {
            return Arrays.stream(leaf.getClass().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "Min", "Max" -> List.of(rangeOf(violation));
            default -> List.of();
        };
    }

    /** "0..83": the bounds the element declares (its @Min and @Max, on it or on its list's elements), not its message. */
    private String rangeOf(ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        PropertyDescriptor element = property == null ? null
                : validator.getConstraintsForClass(violation.getLeafBean().getClass()).getConstraintsForProperty(property);
        if (element == null) {
            return "";
        }
        Set<ConstraintDescriptor<?>> bounds = new HashSet<>(element.getConstraintDescriptors());
        element.getConstrainedContainerElementTypes().forEach(type -> bounds.addAll(type.getConstraintDescriptors()));
        Object min = null;
        Object max = null;
        for (ConstraintDescriptor<?> bound : bounds) {
            if (bound.getAnnotation() instanceof Min) {
                min = bound.getAttributes().get("value");
            } else if (bound.getAnnotation() instanceof Max) {
                max = bound.getAttributes().get("value");
            }
        }
        return (min == null ? "" : min) + ".." + (max == null ? "" : max);
    }

    /** needs[0].category, screenings.epds.items[3]: the JSON path a caller recognises. */
    static String fieldPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            // Bean Validation puts an element's index on the node after the list ("needs" then "[0].category").
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() == null ? node.getKey() : node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    private static List<Violation> dedupe(List<Violation> violations) {
        return violations.stream().distinct().toList();
    }
}
