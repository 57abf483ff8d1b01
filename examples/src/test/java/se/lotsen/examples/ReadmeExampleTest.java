package se.lotsen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's "Use it from Java" shows the consumer project's code as it is, so what the build runs is what a reader copies. */
class ReadmeExampleTest {
    @Test
    void readmeShowsTheConsumerProjectsExampleVerbatim() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String example = Files.readString(Path.of("src/it/embed/src/main/java/example/Embed.java"));

        assertThat(readme).contains("```java\n" + example + "```");
        assertThat(example.lines().count()).isLessThanOrEqualTo(20);
    }
}
