package se.lotsen.policy.tables;

import java.util.List;

/** One row of cells and where it is in the file (its line in a CSV, its row in a sheet). */
record TableLine(int number, List<String> cells) {
    String cell(int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    boolean empty() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
