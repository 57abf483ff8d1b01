package se.lotsen.core.catalog;

/**
 * The child ages a service or rule covers, in months, both ends included. {@value #EXPECTING}
 * stands for a family expecting a child, so {@code fromMonths: -1} includes expecting parents.
 */
public record AgeRange(int fromMonths, int toMonths) {
    public static final int EXPECTING = -1;

    public boolean includes(int ageMonths) {
        return ageMonths >= fromMonths && ageMonths <= toMonths;
    }
}
