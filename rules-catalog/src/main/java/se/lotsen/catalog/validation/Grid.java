package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.AgeRange;

/**
 * Generated requests that sweep the space a rule set must cover: every need × severity × age
 * (expecting and 0–83 months) × three risk profiles. Used by the analysis and by {@code diff}.
 */
public final class Grid {
    /** Age bands the analysis reports by. */
    public static final List<Band> BANDS = List.of(new Band("expecting", -1, -1), new Band("0–11", 0, 11),
            new Band("12–35", 12, 35), new Band("36–83", 36, 83));

    /** Risk profiles: no risk factor, one heavy one, and a pile of them. */
    public static final List<Profile> PROFILES = List.of(
            new Profile("no risk factors", List.of()),
            new Profile("parental depression", List.of(RiskFactor.PARENTAL_DEPRESSION)),
            new Profile("depression, isolation, young parent", List.of(RiskFactor.PARENTAL_DEPRESSION,
                    RiskFactor.SOCIAL_ISOLATION, RiskFactor.YOUNG_PARENT)));

    public record Band(String label, int from, int to) {
        public static Band of(int age) {
            return BANDS.stream().filter(b -> age >= b.from && age <= b.to).findFirst().orElseThrow();
        }
    }

    public record Profile(String label, List<RiskFactor> risks) {
    }

    /** One generated request and a description a policy owner can read. */
    public record Case(String description, NeedCategory need, Severity severity, int age, Profile profile,
                       SuggestionRequest request) {
    }

    private Grid() {
    }

    public static List<Case> cases(boolean everyAge) {
        List<Case> cases = new ArrayList<>();
        for (NeedCategory need : NeedCategory.values()) {
            for (Severity severity : Severity.values()) {
                for (int age = AgeRange.EXPECTING; age <= 83; age++) {
                    if (!everyAge && !representative(age)) {
                        continue;
                    }
                    for (Profile profile : PROFILES) {
                        SuggestionRequest.Builder b = SuggestionRequest.builder().need(need, severity)
                                .risks(profile.risks().toArray(new RiskFactor[0]));
                        if (age < 0) {
                            b.expecting();
                        } else {
                            b.childAgeMonths(age);
                        }
                        String description = need + " " + severity + ", " + (age < 0 ? "expecting" : age + " months")
                                + ", " + profile.label();
                        cases.add(new Case(description, need, severity, age, profile, b.build()));
                    }
                }
            }
        }
        return cases;
    }

    /** Band edges and middles: enough for diff, where every age would only repeat itself. */
    private static boolean representative(int age) {
        return BANDS.stream().anyMatch(b -> age == b.from() || age == b.to() || age == (b.from() + b.to()) / 2);
    }
}
