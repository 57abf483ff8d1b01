package se.lotsen.policy.tables;

/**
 * What a table holds, told by its heading row's first cell: routes ("Regel") or scenarios
 * ("Scenario"). One workbook holds both, on the sheets Vägar and Scenarier.
 */
enum TableKind {
    ROUTING,
    SCENARIOS;

    /** Whether this row is the heading row of a table of this kind. */
    boolean heads(TableLine line) {
        return this == ROUTING ? Column.of(line.cell(0)) == Column.RULE
                : ScenarioColumn.of(line.cell(0)) == ScenarioColumn.SCENARIO;
    }

    /** Whether a heading names a column of any kind (to tell a CSV file's separator). */
    static boolean known(String heading) {
        return Column.of(heading) != null || ScenarioColumn.of(heading) != null;
    }
}
