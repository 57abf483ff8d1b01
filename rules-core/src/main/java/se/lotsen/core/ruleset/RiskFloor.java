package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Text;
import se.lotsen.core.vocabulary.Family;

/**
 * A floor under the risk score: when every signal in {@code when} holds (and, when given, the family
 * has at least {@code severeNeeds} needs at SEVERE), the risk level is at least {@code atLeast},
 * whatever protective factors subtract. Rule data, so a policy owner reads and keeps it.
 *
 * @param severeNeeds at least this many needs at SEVERE (null: not a condition)
 */
public record RiskFloor(String id, List<FamilySignal> when, Integer severeNeeds, RiskLevel atLeast, Text why) {
    public RiskFloor {
        when = when == null ? List.of() : List.copyOf(when);
    }

    public RiskFloor(String id, List<FamilySignal> when, RiskLevel atLeast, Text why) {
        this(id, when, null, atLeast, why);
    }

    /** A floor names at least one condition; one without any would hold for every family by mistake. */
    public boolean hasCondition() {
        return !when.isEmpty() || severeNeeds != null && severeNeeds > 0;
    }

    public boolean holdsFor(Family family) {
        return hasCondition() && when.stream().allMatch(s -> s.holdsFor(family))
                && (severeNeeds == null || severeNeedsOf(family) >= severeNeeds);
    }

    /** How many of the family's needs are at SEVERE. */
    public static int severeNeedsOf(Family family) {
        return (int) family.needs().values().stream().filter(s -> s == Severity.SEVERE).count();
    }
}
