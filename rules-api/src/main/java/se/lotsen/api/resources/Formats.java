package se.lotsen.api.resources;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/**
 * JSON or CSV for the counts: {@code ?format=csv|json} first, else the first type the caller accepts
 * that Lotsen has; anything the caller leaves open ({@code Accept: *}{@code /*}, curl's default, or no
 * header) is JSON, as the README promises. CSV only for {@code Accept: text/csv}.
 */
final class Formats {
    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private Formats() {
    }

    /**
     * @throws InvalidRequestException when {@code format} names no format Lotsen has
     */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidRequestException(List.of(new Violation("format", "is not a format Lotsen answers in",
                        List.of("json", "csv"))));
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
