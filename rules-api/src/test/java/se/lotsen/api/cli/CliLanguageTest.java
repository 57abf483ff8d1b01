package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.ArgumentParsers;
import net.sourceforge.argparse4j.inf.ArgumentParser;
import net.sourceforge.argparse4j.inf.Subparsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, diff and table speak Swedish unless asked for English, with the workbench's messages. */
class CliLanguageTest {
    private final ObjectMapper mapper = Jackson.newObjectMapper();
    private final CommandOutput output = new CommandOutput();

    @TempDir
    Path dir;

    @Test
    void validateOfABrokenTablePrintsSwedishAndWithLangEnEnglish() throws Exception {
        Path ruleSet = CommandOutput.copyOfDefault(dir.resolve("broken"));
        Files.writeString(ruleSet.resolve("tables/extra.csv"), "Regel;Behov;Svårighetsgrad från;Tjänst;Brådska;Nivå;Skäl (svenska);Skäl (engelska)\n"
                + "route-extra;Sömn;Måtlig;BVC_NURSE;Vanlig tid;För alla;Sömn;Sleep\n", StandardCharsets.UTF_8);

        int status = ValidateCommand.execute(mapper, ruleSet.toString(), false, true, output.outStream, output.errStream);

        assertThat(status).isEqualTo(1);
        assertThat(output.out()).contains("INTE GILTIG")
                .contains("tables/extra.csv:2: Rad route-extra, kolumnen \"Svårighetsgrad från\" \"Måtlig\" känns inte igen. Skriv ett av: "
                        + "Lindrig / MILD, Måttlig / MODERATE, Svår / SEVERE")
                .doesNotContain("NOT VALID").doesNotContain("is not known");

        CommandOutput english = new CommandOutput();
        ValidateCommand.execute(mapper, ruleSet.toString(), false, false, english.outStream, english.errStream);
        assertThat(english.out()).contains("NOT VALID").contains("column \"Severity from\" \"Måtlig\" is not known");
    }

    @Test
    void swedishIsTheDefaultAndLangEnChoosesEnglishForEachCommand() throws Exception {
        ArgumentParser parser = ArgumentParsers.newFor("lotsen").build();
        Subparsers commands = parser.addSubparsers().dest("command");
        new ValidateCommand().configure(commands.addParser("validate"));
        new DiffCommand().configure(commands.addParser("diff"));
        new TableCommand().configure(commands.addParser("table"));

        assertThat(CliLanguage.swedish(parser.parseArgs(new String[] {"validate", "x"}))).isTrue();
        assertThat(CliLanguage.swedish(parser.parseArgs(new String[] {"validate", "x", "--lang", "en"}))).isFalse();
        assertThat(CliLanguage.swedish(parser.parseArgs(new String[] {"diff", "a", "b"}))).isTrue();
        assertThat(CliLanguage.swedish(parser.parseArgs(new String[] {"table", "x", "--out", "y", "--lang", "en"}))).isFalse();
    }

    @Test
    void tableWritesTheWorkbookWithItsScenariosAndSaysSoInSwedish() throws Exception {
        Path out = dir.resolve("routing.xlsx");

        int status = TableCommand.execute(null, "xlsx", out, ";", true, output.outStream, output.errStream);

        assertThat(status).isZero();
        assertThat(output.out()).startsWith("Skrev ").contains(" rader och 84 scenarier till ");
        assertThat(Files.size(out)).isPositive();
    }
}
