package se.lotsen.core.ruleset;

import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/**
 * One row of a routing table: when a need matches every condition given (an empty condition holds
 * for every family), the row proposes a step. The row's name is its rule id in every explanation.
 *
 * @param name           rule id, unique in the rule set
 * @param line           the row's line (CSV) or row number (spreadsheet), for messages
 * @param need           the need category
 * @param severityFrom   from this severity (null: any)
 * @param severityTo     to this severity (null: any)
 * @param ageFrom        from this age in months, -1 for expecting (null: any)
 * @param ageTo          to this age in months (null: any)
 * @param preschoolClass true: only once the child has started förskoleklass; false: only before (null: either)
 * @param riskAtLeast    only at this risk level or higher (null: any)
 * @param violence       true: only with violence; false: only without (null: either)
 * @param preschoolPlace true: only when the child has a preschool place; false: only when not (null: either)
 * @param language       only for a parent with this language (null: any)
 * @param centre         only at this family centre (null: any)
 */
public record RoutingRow(
        String name,
        int line,
        NeedCategory need,
        Severity severityFrom,
        Severity severityTo,
        Integer ageFrom,
        Integer ageTo,
        Boolean preschoolClass,
        RiskLevel riskAtLeast,
        Boolean violence,
        Boolean preschoolPlace,
        String language,
        String centre,
        String service,
        Urgency urgency,
        Tier tier,
        String sv,
        String en) {
}
