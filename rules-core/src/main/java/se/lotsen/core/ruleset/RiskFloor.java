package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Text;
import se.lotsen.core.rules.Family;

/**
 * A floor under the risk score: when every signal in {@code when} holds, the risk level is at least
 * {@code atLeast}, whatever protective factors subtract. Rule data, so a policy owner reads and keeps it.
 */
public record RiskFloor(String id, List<FamilySignal> when, RiskLevel atLeast, Text why) {
    public RiskFloor {
        when = when == null ? List.of() : List.copyOf(when);
    }

    public boolean holdsFor(Family family) {
        return !when.isEmpty() && when.stream().allMatch(s -> s.holdsFor(family));
    }
}
