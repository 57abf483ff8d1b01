package se.lotsen.core.ruleset;

/**
 * When förskoleklass starts: in the year a child turns six, on this month and day (roughly; terms
 * start on different days in different municipalities).
 */
public record SchoolStartPolicy(int month, int day) {
    public static final SchoolStartPolicy DEFAULT = new SchoolStartPolicy(8, 15);
}
