package se.lotsen.core.ruleset;

import java.util.List;

/** A routing table as its file holds it: need × conditions → service, urgency, tier, reason. */
public record RoutingTable(String path, List<RoutingRow> rows) {
    public RoutingTable {
        rows = List.copyOf(rows);
    }
}
