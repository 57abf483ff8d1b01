package se.lotsen.core.catalog;

/**
 * Child health care (BVC) follows a child until förskoleklass starts in August of the year it turns
 * six; school health (elevhälsan) from then. The line is a date, not an age in months.
 */
public enum SchoolStage {
    /** Any child, before and after the start of förskoleklass. */
    ANY,
    /** Until the child starts förskoleklass (BVC, open preschool). */
    BEFORE_PRESCHOOL_CLASS,
    /** From the start of förskoleklass (school health). */
    FROM_PRESCHOOL_CLASS
}
