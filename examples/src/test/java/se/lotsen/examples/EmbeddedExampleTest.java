package se.lotsen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lotsen.core.Pathway;

class EmbeddedExampleTest {
    @Test
    void theExamplePrintsAnExplainedPathwayInSwedish() {
        Pathway pathway = EmbeddedExample.suggest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddedExample.print(pathway, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(pathway.steps()).extracting(s -> s.service().id())
                .contains("BVC_PSYCHOLOGIST", "CENTRE_SOCIAL_WORKER", "FAMILY_COUNSELLING");
        assertThat(text).contains("1. ").contains("route-sleep-severe-psychologist").contains("Regelverk default");
    }
}
