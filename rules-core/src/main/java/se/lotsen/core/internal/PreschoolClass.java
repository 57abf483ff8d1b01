package se.lotsen.core.internal;

import java.time.LocalDate;
import se.lotsen.core.ruleset.SchoolStartPolicy;

/**
 * Whether a child has started förskoleklass, from its age in whole months and today's date. The
 * child starts in August of the year it turns six; the birth date is known only to the month, so
 * near the line the answer could go either way, and the engine says so.
 */
record PreschoolClass(boolean started, boolean uncertain) {
    static final PreschoolClass NOT_YET = new PreschoolClass(false, false);

    static PreschoolClass estimate(int ageMonths, LocalDate today, SchoolStartPolicy start) {
        if (ageMonths < 48) {
            return NOT_YET;
        }
        // Born after (today - (age + 1) months) and on or before (today - age months).
        LocalDate latestBirth = today.minusMonths(ageMonths);
        LocalDate earliestBirth = today.minusMonths(ageMonths + 1L).plusDays(1);
        boolean latest = startedBy(latestBirth, today, start);
        boolean earliest = startedBy(earliestBirth, today, start);
        LocalDate middle = earliestBirth.plusDays(latestBirth.toEpochDay() - earliestBirth.toEpochDay() >> 1);
        // Terms start on different days: within a week of the policy's date the child may or may not have started.
        boolean nearTermStart = Math.abs(today.toEpochDay() - firstDay(middle, start).toEpochDay()) <= 7;
        return new PreschoolClass(startedBy(middle, today, start), latest != earliest || nearTermStart);
    }

    private static boolean startedBy(LocalDate birth, LocalDate today, SchoolStartPolicy start) {
        return !today.isBefore(firstDay(birth, start));
    }

    private static LocalDate firstDay(LocalDate birth, SchoolStartPolicy start) {
        return LocalDate.of(birth.getYear() + 6, start.month(), start.day());
    }
}
