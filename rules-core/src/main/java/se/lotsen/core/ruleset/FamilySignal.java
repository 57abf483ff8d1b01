package se.lotsen.core.ruleset;

import java.util.function.Predicate;
import se.lotsen.core.vocabulary.Family;

/**
 * The words rule data uses to name a situation (risk floors in ruleset.yaml); each is the
 * {@link Family} word of the same name, so data and rules mean the same thing.
 */
public enum FamilySignal {
    VIOLENCE(Family::violence),
    SELF_HARM_THOUGHTS(Family::selfHarmThoughts),
    STAFF_CONCERN(Family::staffConcern),
    SUBSTANCE_MISUSE(Family::substanceMisuse),
    INFANT(Family::infant),
    EXPECTING(Family::expecting),
    SEVERE_NEED(Family::severeNeed),
    EPDS_POSITIVE(Family::epdsPositive);

    private final Predicate<Family> test;

    FamilySignal(Predicate<Family> test) {
        this.test = test;
    }

    public boolean holdsFor(Family family) {
        return test.test(family);
    }
}
