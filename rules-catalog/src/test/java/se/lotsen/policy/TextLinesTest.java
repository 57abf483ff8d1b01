package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.properties.PropertyReader;
import se.lotsen.policy.scenarios.ScenarioReader;

/** A problem names the line of the very entry, also when its name begins another entry's name. */
class TextLinesTest {
    private static RuleSetFiles files(String path, String text) {
        return RuleSetFiles.of("test", Map.of(path, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNameIsFoundAsAWholeTokenNotInsideALongerOne() {
        String text = "rows:\n  - route-sleep-severe\n  - route-sleep   # not route-sleep-x\n";

        assertThat(TextLines.lineOf(text, "route-sleep")).isEqualTo(3);
        assertThat(TextLines.lineOf(text, "route-sleep-severe")).isEqualTo(2);
        assertThat(TextLines.lineOf(text, "route-sleep-x")).as("only in a comment").isZero();
        assertThat(TextLines.lineOf("legalReference: 10 kap.\n", "legalReference:")).isEqualTo(1);
    }

    @Test
    void aScenarioWhoseNameBeginsAnEarlierOnesIsReportedAtItsOwnLine() {
        String text = """
                scenarios:
                  - name: sleep-severe
                    why: a severe sleep problem
                    request: {childAgeMonths: 6}
                    expect: {urgency: ROUTINE}
                  - name: sleep
                    why: no expectation
                    request: {childAgeMonths: 6}
                """;

        Problem problem = ScenarioReader.read(files("scenarios/sleep.yaml", text), "").problems().get(0);

        assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void aPropertyWhoseIdBeginsAnEarlierOnesIsReportedAtItsOwnLine() {
        String text = """
                - id: violence-always-safeguarded
                  why: violence
                  then: {firstStepSafeguarding: true}
                - id: violence
                  why: no then
                """;

        Problem problem = PropertyReader.read(files("properties/violence.yaml", text), "").problems().get(0);

        assertThat(problem.line()).isEqualTo(4);
    }

    @Test
    void theSecondOfTwoEntriesWithOneNameIsReportedAtItsOwnLine() {
        String text = """
                - id: same
                  why: first
                  then: {firstStepSafeguarding: true}
                - id: same
                  why: second
                  then: {firstStepSafeguarding: true}
                """;

        Problem problem = PropertyReader.read(files("properties/same.yaml", text), "").problems().get(0);

        assertThat(problem.line()).isEqualTo(4);
    }
}
