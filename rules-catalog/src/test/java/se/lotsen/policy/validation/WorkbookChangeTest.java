package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.tables.Workbooks;

/** A policy owner changes a route and its scenario in the workbook alone, and the check speaks her words. */
class WorkbookChangeTest {
    private static final String WORKBOOK = "tables/routing.xlsx";

    @Test
    void aChangedRouteFailsItsScenarioRowNamingTheServicesInSwedishAndEnglish() {
        byte[] changed = Workbooks.withCell(RuleSets.DEFAULT.bytes(WORKBOOK), "Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER");

        ValidationReport report = RuleSetValidator.validate(RuleSets.with(WORKBOOK, changed), RuleSets.QUICK).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.scenarios().failures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("sleep-in-pregnancy");
            assertThat(f.file()).isEqualTo(WORKBOOK);
            assertThat(f.family().sv()).isEqualTo("väntar barn; Sömn: Lindrig");
            assertThat(f.sv()).containsExactly("Ska finnas (bara dessa): förväntade Barnmorskemottagningen (Vanlig tid, För alla); "
                    + "fick Familjecentralens socionom (Vanlig tid, För alla)");
            assertThat(f.failures()).containsExactly("Must appear (only these): expected Midwife clinic (Routine, For everyone); "
                    + "got The family centre's social worker (Routine, For everyone)");
        });
    }

    @Test
    void changingTheRouteAndItsScenarioRowValidatesWithNoYamlTouched() {
        byte[] route = Workbooks.withCell(RuleSets.DEFAULT.bytes(WORKBOOK), "Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER");
        byte[] both = Workbooks.withCell(route, "Scenarier", "sleep-in-pregnancy", "Ska finnas", "Familjecentralens socionom: Vanlig tid, För alla");
        RuleSetFiles files = RuleSets.with(WORKBOOK, both);

        ValidationReport report = RuleSetValidator.validate(files, RuleSets.QUICK).report();

        assertThat(report.errors()).isEmpty();
        assertThat(report.scenarios().failures()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(files.files().keySet()).filteredOn(p -> !p.equals(WORKBOOK))
                .allSatisfy(p -> assertThat(Arrays.equals(files.bytes(p), RuleSets.DEFAULT.bytes(p))).as(p).isTrue());
        assertThat(files.hash()).isNotEqualTo(RuleSets.DEFAULT.hash());
    }
}
