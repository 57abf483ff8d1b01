package se.lotsen.policy.properties;

import java.util.List;
import java.util.function.Predicate;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Text;

/**
 * Which families can exist, for what a policy owner is shown first (a comparison's families). The API
 * and the safety properties take every valid request; this only orders what people read. Each
 * constraint is data with its source, as DOMAIN.md's "Plausible families" asks.
 */
public final class Plausibility {
    /**
     * One thing a real family does not look like.
     *
     * @param id     short name, given in a change's {@code implausible}
     * @param says   what it means, in Swedish and English
     * @param source where it comes from
     */
    public record Constraint(String id, Text says, String source, Predicate<SuggestionRequest> breaks) {
    }

    public static final List<Constraint> CONSTRAINTS = List.of(
            new Constraint("preschool-place-under-12-months",
                    new Text("Ingen förskoleplats före ett års ålder.", "No preschool place before the age of one."),
                    "Skollagen (2010:800) 8 kap. 3 §: förskola erbjuds från ett års ålder",
                    r -> age(r) < 12 && r.protectiveFactors().contains(ProtectiveFactor.PRESCHOOL_PLACE)),
            new Constraint("epds-in-the-first-four-weeks",
                    new Text("Ingen EPDS de första fyra veckorna efter födseln.", "No EPDS in the first four weeks after birth."),
                    "Rikshandboken barnhälsovård, EPDS: erbjuds vid 6–8 veckor",
                    r -> underFourWeeks(r) && r.screenings() != null && r.screenings().epds() != null),
            new Constraint("school-start-under-6-months",
                    new Text("Behovet förskola och skolstart (ansökan om förskoleplats) från ungefär sex månader.",
                            "The need preschool and school start (applying for a preschool place) from about six months."),
                    "Skollagen (2010:800) 8 kap. 14 §: förskoleplats söks i god tid före ett års ålder; DOMAIN.md, Plausible families",
                    r -> age(r) < 6 && r.needs().stream().anyMatch(n -> n.category() == NeedCategory.SCHOOL_START)),
            new Constraint("young-parent-of-a-child-over-5",
                    new Text("En ung förälder är under 20: barnet är då som mest fem år.",
                            "A young parent is under 20: the child is then five at most."),
                    "Riskfaktorn YOUNG_PARENT: \"Ung förälder (under 20 år)\"; en förälder under 20 med ett barn över 5 år fick barnet före 15",
                    r -> age(r) > 60 && r.riskFactors().contains(RiskFactor.YOUNG_PARENT)));

    private Plausibility() {
    }

    /** The ids of the constraints this family breaks; empty for a family that can exist. */
    public static List<String> broken(SuggestionRequest request) {
        return CONSTRAINTS.stream().filter(c -> c.breaks().test(request)).map(Constraint::id).toList();
    }

    /** What the constraints with these ids say. */
    public static List<Text> says(List<String> ids) {
        return CONSTRAINTS.stream().filter(c -> ids.contains(c.id())).map(Constraint::says).toList();
    }

    /** Under four weeks: by the weeks when the request gives them (7 weeks is 1 month), else a child of 0 months. */
    private static boolean underFourWeeks(SuggestionRequest r) {
        return r.childAgeWeeks() != null ? r.childAgeWeeks() < 4 : age(r) == 0;
    }

    /** The child's age in months; an expecting family has none (and breaks none of the age constraints). */
    private static int age(SuggestionRequest r) {
        return r.childAgeMonths() == null ? -1 : r.childAgeMonths();
    }
}
