package se.lotsen.api.interop.hsds;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/**
 * The /services query parameters of HSDS 3.0's OpenAPI. A parameter Lotsen does not implement
 * (postcode, proximity …) is refused with the list of those it does, rather than silently ignored: a
 * directory that answers everything to a filter it did not apply misleads the caller.
 */
record ServiceQuery(String search, String taxonomyTermId, String taxonomyId, String organizationId, OffsetDateTime modifiedAfter,
                    boolean minimal, boolean full) {
    static final List<String> PARAMETERS = List.of("search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after",
            "minimal", "full", "page", "per_page");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    static ServiceQuery of(MultivaluedMap<String, String> query) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw invalid(name, "is not a parameter Lotsen's /services takes", PARAMETERS);
            }
            if (query.get(name).size() > 1) {
                throw invalid(name, "is given more than once", List.of());
            }
        }
        String search = query.getFirst("search");
        if (search != null && search.length() > 100) {
            throw invalid("search", "is at most 100 characters", List.of());
        }
        return new ServiceQuery(search == null || search.isBlank() ? null : search.strip().toLowerCase(SWEDISH),
                query.getFirst("taxonomy_term_id"), query.getFirst("taxonomy_id"), query.getFirst("organization_id"),
                instant(query.getFirst("modified_after")), bool(query, "minimal"), bool(query, "full"));
    }

    List<Hsds.Service> apply(List<Hsds.Service> services) {
        Stream<Hsds.Service> matching = services.stream().filter(matches());
        return matching.map(s -> minimal ? s.minimal() : full ? s : s.unnested()).toList();
    }

    private Predicate<Hsds.Service> matches() {
        return s -> (search == null || text(s).contains(search))
                && (taxonomyTermId == null || s.attributes().stream().anyMatch(a -> a.taxonomyTermId().equals(taxonomyTermId)))
                && (taxonomyId == null || s.attributes().stream().anyMatch(a -> a.taxonomyTerm().taxonomyId().equals(taxonomyId)))
                && (organizationId == null || organizationId.equals(s.organizationId()))
                && (modifiedAfter == null || s.lastModified() != null && OffsetDateTime.parse(s.lastModified()).isAfter(modifiedAfter));
    }

    /** What search looks in: the names and descriptions, Swedish and English. */
    static String text(Hsds.Service s) {
        return String.join(" ", Stream.of(s.name(), s.alternateName(), s.description()).filter(t -> t != null).toList())
                .toLowerCase(SWEDISH);
    }

    private static OffsetDateTime instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("modified_after", "must be a date and time with a zone, as 2026-11-24T00:00:00Z", List.of());
        }
    }

    private static boolean bool(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null) {
            return false;
        }
        if (!Set.of("true", "false").contains(value)) {
            throw invalid(name, "must be true or false", List.of("true", "false"));
        }
        return value.equals("true");
    }

    private static InvalidRequestException invalid(String field, String message, List<String> allowed) {
        return new InvalidRequestException(List.of(new Violation(field, message, allowed)));
    }
}
