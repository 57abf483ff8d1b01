package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RoutingTable;
import se.lotsen.core.vocabulary.Advice;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * Routes needs through the rule set's routing tables. The rows are indexed by need and age once,
 * when the engine is built, so a request looks only at the rows that can match its needs and age:
 * the cost of a suggestion does not grow with the size of the table. Each row is a rule: its name
 * is the rule id in every explanation.
 */
final class TableRouter {
    private static final int AGES = SuggestionRequest.MAX_CHILD_AGE_MONTHS + 2; // -1 (expecting) to the oldest
    private static final RoutingRow[] NONE = new RoutingRow[0];

    private final RoutingRow[][][] byNeedAndAge = new RoutingRow[NeedCategory.values().length][][];

    TableRouter(List<RoutingTable> tables) {
        List<List<List<RoutingRow>>> buckets = new ArrayList<>();
        for (int n = 0; n < NeedCategory.values().length; n++) {
            List<List<RoutingRow>> ages = new ArrayList<>();
            for (int a = 0; a < AGES; a++) {
                ages.add(new ArrayList<>());
            }
            buckets.add(ages);
        }
        for (RoutingTable table : tables) {
            for (RoutingRow row : table.rows()) {
                int from = row.ageFrom() == null ? Family.EXPECTING : Math.max(row.ageFrom(), Family.EXPECTING);
                int to = row.ageTo() == null ? SuggestionRequest.MAX_CHILD_AGE_MONTHS
                        : Math.min(row.ageTo(), SuggestionRequest.MAX_CHILD_AGE_MONTHS);
                for (int age = from; age <= to; age++) {
                    buckets.get(row.need().ordinal()).get(age + 1).add(row);
                }
            }
        }
        for (int n = 0; n < byNeedAndAge.length; n++) {
            byNeedAndAge[n] = new RoutingRow[AGES][];
            for (int a = 0; a < AGES; a++) {
                List<RoutingRow> rows = buckets.get(n).get(a);
                byNeedAndAge[n][a] = rows.isEmpty() ? NONE : rows.toArray(RoutingRow[]::new);
            }
        }
    }

    void route(Family family, List<NeedFact> needs, Advice out) {
        for (NeedFact need : needs) {
            for (RoutingRow row : byNeedAndAge[need.category().ordinal()][family.ageMonths() + 1]) {
                if (matches(row, need, family)) {
                    out.route(row.name(), need.category(), row.service(), row.urgency(), row.tier(), row.sv(), row.en());
                }
            }
        }
    }

    private static boolean matches(RoutingRow row, NeedFact need, Family family) {
        return (row.severityFrom() == null || need.severity().compareTo(row.severityFrom()) >= 0)
                && (row.severityTo() == null || need.severity().compareTo(row.severityTo()) <= 0)
                && (row.preschoolClass() == null || row.preschoolClass() == family.inPreschoolClass())
                && (row.riskAtLeast() == null || family.riskLevel().compareTo(row.riskAtLeast()) >= 0)
                && (row.violence() == null || row.violence() == family.violence())
                && (row.preschoolPlace() == null || row.preschoolPlace() == family.hasProtection(ProtectiveFactor.PRESCHOOL_PLACE))
                && (row.language() == null || row.language().equals(family.language()))
                && (row.centre() == null || row.centre().equals(family.centre()));
    }
}
