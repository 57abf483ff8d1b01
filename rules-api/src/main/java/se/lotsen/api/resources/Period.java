package se.lotsen.api.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;

/** The period a report covers, from the query's {@code from} and {@code to}; by default the last twelve weeks. */
record Period(LocalDate from, LocalDate to) {
    static Period of(String from, String to, Clock clock) {
        LocalDate end = date("to", to, LocalDate.now(clock));
        LocalDate start = date("from", from, end.minusWeeks(12));
        if (start.isAfter(end)) {
            throw new InvalidRequestException(List.of(new Violation("from", "must not be after to", List.of())));
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new Violation(field, "must be a date such as 2026-11-23", List.of())));
        }
    }
}
