package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.asm.KnowledgeHelperFixer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.internal.builder.conf.LanguageLevelOption;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * The joint between the inspector and Drools, tried with hostile consequences and constraints: each is
 * either refused with its file and line, or accepted, and then the text Drools compiled is exactly what
 * Lotsen's printer writes for the checked tree (it prints as itself when read again, Drools' macro
 * processor leaves it alone, it holds no text block, char literal or stray backslash), and running it
 * creates no marker file.
 */
class RuleCompilerJointTest {
    private static final String WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\")";

    @TempDir
    static Path dir;

    enum Expect { REFUSED, ACCEPTED }

    static List<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        // text blocks: JavaParser reads one literal, Drools' macro processor another program
        refused(cases, "text block hiding a call", "then out.note( drools.getRule().getName(), \"\"\"\n    \\\"\"\" + "
                + WRITE + " + \\\"\"\"\n    \"\"\", \"y\" );");
        refused(cases, "text block in a route reason", "then out.route( drools.getRule().getName(), NeedCategory.SLEEP, \"NURSE\", "
                + "Urgency.ROUTINE, Tier.UNIVERSAL, \"\"\"\n    x \\\"\"\" + " + WRITE + " + \\\"\"\" \"\"\", \"en\" );");
        refused(cases, "text block in a constraint", "when Family( language == \"\"\"\n    sv\"\"\" )\nthen NOTE");
        refused(cases, "empty text block", "then out.note( drools.getRule().getName(), \"\"\"\n\"\"\", \"y\" );");
        // escapes
        refused(cases, "a unicode escape closing a text", "then out.note( drools.getRule().getName(), \"x\\u0022 + " + WRITE
                + " + \\u0022\", \"y\" );");
        refused(cases, "an escaped backslash before u", "then out.note( drools.getRule().getName(), \"x\\\\u0022\", \"y\" );");
        refused(cases, "an octal escape", "then out.note( drools.getRule().getName(), \"\\101\", \"y\" );");
        refused(cases, "a newline escape", "then out.note( drools.getRule().getName(), \"a\\nb\", \"y\" );");
        refused(cases, "a tab escape", "then out.note( drools.getRule().getName(), \"a\\tb\", \"y\" );");
        refused(cases, "the space escape of Java 15", "then out.note( drools.getRule().getName(), \"a\\sb\", \"y\" );");
        refused(cases, "a backslash before the line end", "then out.note( drools.getRule().getName(), \"a\\\nb\", \"y\" );");
        refused(cases, "a backslash outside a text", "then out.note( drools.getRule().getName(), \"x\", \"y\" ) \\ ;");
        refused(cases, "a text that ends in an escaped backslash, then code", "then out.note( drools.getRule().getName(), \"a\\\\\" + "
                + "java.io.File.separator + \"b\", \"y\" );");
        accepted(cases, "an escaped quote inside a text", "then out.note( drools.getRule().getName(), \"säg \\\"hej\\\"\", \"y\" );");
        accepted(cases, "an escaped backslash inside a text", "then out.note( drools.getRule().getName(), \"a\\\\b\", \"y\" );");
        // char literals and single quotes
        refused(cases, "a char literal", "then out.note( drools.getRule().getName(), \"\" + 'x', \"y\" );");
        refused(cases, "a single-quoted DRL string in a constraint", "when Family( language == 'sv' )\nthen NOTE");
        accepted(cases, "an apostrophe inside a text", "then out.note( drools.getRule().getName(), \"the child's sleep\", \"y\" );");
        // comments
        accepted(cases, "a block comment inside a text", "then out.note( drools.getRule().getName(), \"/* no comment */\", \"y\" );");
        accepted(cases, "a line comment inside a text", "then out.note( drools.getRule().getName(), \"// no comment\", \"y\" );");
        accepted(cases, "a quote inside a block comment", "then /* \" */ out.note( drools.getRule().getName(), \"x\", \"y\" );");
        accepted(cases, "a quote inside a line comment", "then // \"\n out.note( drools.getRule().getName(), \"x\", \"y\" );");
        accepted(cases, "code hidden in a comment between arguments", "then out.note( drools.getRule().getName(), \"x\" /* , "
                + WRITE + " */ , \"y\" );");
        refused(cases, "a comment that never ends", "then out.note( drools.getRule().getName(), \"x\", \"y\" ); /* " + WRITE);
        // line ends and invisible characters
        refused(cases, "a lone carriage return", "then out.note( drools.getRule().getName(), \"x\", \"y\" );\r " + WRITE + ";");
        refused(cases, "a line separator (U+2028) in a text", "then out.note( drools.getRule().getName(), \"a\u2028b\", \"y\" );");
        refused(cases, "a paragraph separator (U+2029)", "then out.note( drools.getRule().getName(), \"x\", \"y\" );\u2029" + WRITE + ";");
        refused(cases, "a next-line control (U+0085)", "then out.note( drools.getRule().getName(), \"a\u0085b\", \"y\" );");
        refused(cases, "a byte-order mark inside the file", "then out.note( drools.getRule().getName(), \"a\uFEFFb\", \"y\" );");
        refused(cases, "a NUL character", "then out.note( drools.getRule().getName(), \"a\u0000b\", \"y\" );");
        refused(cases, "a zero-width space in a name", "then o\u200But.note( drools.getRule().getName(), \"x\", \"y\" );");
        refused(cases, "a right-to-left override in a text", "then out.note( drools.getRule().getName(), \"a\u202E;)x(\", \"y\" );");
        accepted(cases, "Windows line ends", "then\r\n    out.note( drools.getRule().getName(), \"x\", \"y\" );\r\n");
        accepted(cases, "Arabic and an emoji in a text", "then out.note( drools.getRule().getName(), \"مرحبا \uD83D\uDE00\", \"y\" );");
        // lookalike identifiers
        refused(cases, "a Cyrillic o in out", "then \u043Eut.note( drools.getRule().getName(), \"x\", \"y\" );");
        refused(cases, "a Cyrillic i in a fact word", "when Family( v\u0456olence )\nthen NOTE");
        refused(cases, "a Cyrillic E in a code", "when NeedFact( category == NeedCategory.SL\u0415EP )\nthen NOTE");
        refused(cases, "fullwidth letters", "then \uFF4Fut.note( drools.getRule().getName(), \"x\", \"y\" );");
        // Java the language has and the rule language does not
        refused(cases, "nested generics", "then java.util.List<java.util.List<String>> l = null;\n NOTE_CALL");
        refused(cases, "a cast", "then out.note( drools.getRule().getName(), (String) (Object) \"x\", \"y\" );");
        refused(cases, "a lambda", "then out.note( drools.getRule().getName(), ((java.util.function.Supplier<String>) () -> \"x\").get(), "
                + "\"y\" );");
        refused(cases, "an anonymous class", "then out.note( drools.getRule().getName(), new Object() { public String toString() "
                + "{ return \"x\"; } }.toString(), \"y\" );");
        refused(cases, "a method reference", "then java.util.function.Function<String, String> f = String::trim;\n NOTE_CALL");
        refused(cases, "type arguments on a call", "then out.<String>note( drools.getRule().getName(), \"x\", \"y\" );");
        refused(cases, "an array access", "when $e : EpdsFact()\nthen out.note( drools.getRule().getName(), $e.form()[0], \"y\" );");
        refused(cases, "instanceof in a constraint", "when $f : Family( this instanceof Object )\nthen NOTE");
        refused(cases, "an assignment in an argument", "then String rule = drools.getRule().getName();\n out.note( rule = \"x\", "
                + "\"x\", \"y\" );");
        refused(cases, "a forged rule name after the fact", "then String rule = drools.getRule().getName();\n rule = \"forged\";\n "
                + "out.note( rule, \"x\", \"y\" );");
        refused(cases, "a call on the rule name", "then out.note( drools.getRule().getName().toString(), \"x\", \"y\" );");
        refused(cases, "the knowledge helper", "then drools.insert( new Object() );");
        refused(cases, "this in a consequence", "then out.note( drools.getRule().getName(), this.toString(), \"y\" );");
        refused(cases, "Java after a comparison in a constraint", "when Family( ageMonths > 1 && java.lang.Runtime.getRuntime() != null )"
                + "\nthen NOTE");
        refused(cases, "an inline map in a constraint", "when Family( language == [\"a\" : \"b\"] )\nthen NOTE");
        refused(cases, "a quote in a rule name", "then NOTE", "a\\\"b");
        refused(cases, "brackets nested past the limit", "when Family( " + "(".repeat(300) + "ageMonths > 1" + ")".repeat(300)
                + " )\nthen NOTE");
        refused(cases, "an operator chain past the limit", "then out.note( drools.getRule().getName(), \"x\""
                + " + \"x\"".repeat(RuleSetLimits.MAX_OPERATORS + 1) + ", \"y\" );");
        accepted(cases, "a code joined to a text", "then out.note( drools.getRule().getName(), \"need \" + NeedCategory.SLEEP, \"y\" );");
        accepted(cases, "brackets and a conditional", "when $f : Family()\nthen out.note( drools.getRule().getName(), (($f.ageMonths()"
                + " > 3) ? \"a\" : \"b\") + ((1 + 2) * 3), \"y\" );");
        accepted(cases, "a half constraint and in", "when Family( ageMonths > 2 && < 12, riskLevel in (RiskLevel.LOW, RiskLevel.HIGH) )"
                + "\nthen NOTE");
        accepted(cases, "empty statements", "then out.note( drools.getRule().getName(), \"x\", \"y\" ); ; ;");
        return cases;
    }

    private static void refused(List<Arguments> cases, String name, String body) {
        refused(cases, name, body, "case");
    }

    private static void refused(List<Arguments> cases, String name, String body, String ruleName) {
        cases.add(Arguments.of(name, rule(ruleName, body), Expect.REFUSED));
    }

    private static void accepted(List<Arguments> cases, String name, String body) {
        cases.add(Arguments.of(name, rule("case", body), Expect.ACCEPTED));
    }

    private static String rule(String name, String body) {
        String withWhen = body.startsWith("when") ? body : "when Family()\n" + body;
        return "rule \"" + name + "\"\n" + withWhen.replace("then NOTE", "then out.note( drools.getRule().getName(), \"x\", \"y\" );")
                .replace("NOTE_CALL", "out.note( drools.getRule().getName(), \"x\", \"y\" );") + "\nend\n";
    }

    @AfterEach
    void noMarker() {
        assertThat(Files.exists(Path.of("MARKER"))).as("an attack ran").isFalse();
        assertThat(Files.exists(dir.resolve("MARKER"))).as("an attack ran").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyHostileRuleIsRefusedWithItsLineOrCompiledAsPrinted(String name, String body, Expect expect)
            throws DroolsParserException {
        RuleSet ruleSet = TestRuleSets.ruleSet(body);
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(ruleSet));

        if (expect == Expect.REFUSED) {
            assertThat(refused).as(name + " was accepted").isNotNull();
            assertThat(refused.problems()).as(name).anySatisfy(problem -> {
                assertThat(problem.path()).isEqualTo("rules/test0.drl");
                assertThat(problem.line()).isGreaterThan(TestRuleSets.HEADER.split("\n").length);
                assertThat(problem.sv()).isNotBlank();
            });
            return;
        }
        assertThat(refused).as(name + " was refused: " + (refused == null ? "" : refused.problems())).isNull();
        String printed = new String(RuleSetCompiler.compile(ruleSet).printed().get(0).content(), StandardCharsets.UTF_8);
        assertPrintedByLotsen(printed);
        // the printed file read again prints as itself: both parsers read one program
        RuleSet reprinted = new RuleSet(ruleSet.manifest(), ruleSet.catalog(),
                List.of(new RuleFile("rules/test0.drl", printed.getBytes(StandardCharsets.UTF_8))), ruleSet.tables());
        assertThat(new String(RuleSetCompiler.compile(reprinted).printed().get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo(printed);
        PathwayEngine engine = TestRuleSets.engine(ruleSet);
        Evaluation evaluation = engine.evaluate(SuggestionRequest.builder().childAgeMonths(5).need(NeedCategory.SLEEP).build(),
                TestRuleSets.DAY);
        assertThat(evaluation.firedRules()).as(name + " never ran").contains("case");
    }

    @Test
    void theCorpusIsLargeAndCoversBothOutcomes() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(corpus()).extracting(a -> a.get()[2]).contains(Expect.REFUSED, Expect.ACCEPTED);
    }

    @Test
    void aByteOrderMarkAtTheStartIsNotPartOfTheRules() {
        RuleSet standard = TestRuleSets.standard();
        RuleFile file = standard.ruleFiles().get(0);
        byte[] marked = ("\uFEFF" + file.text()).getBytes(StandardCharsets.UTF_8);
        RuleSet withMark = new RuleSet(standard.manifest(), standard.catalog(), List.of(new RuleFile(file.path(), marked)),
                standard.tables());

        assertThat(RuleSetCompiler.compile(withMark).printed()).isEqualTo(RuleSetCompiler.compile(standard).printed());
    }

    @Test
    void aReservedPackageIsRefused() {
        RuleSet standard = TestRuleSets.standard();
        String text = standard.ruleFiles().get(0).text().replace("package test.rules;", "package java.lang;");
        RuleSet reserved = new RuleSet(standard.manifest(), standard.catalog(),
                List.of(new RuleFile("rules/test0.drl", text.getBytes(StandardCharsets.UTF_8))), standard.tables());

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.compile(reserved));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).contains("java.lang").contains("reserved"));
    }

    @Test
    void ruleHeadersStayOnTheAuthorsLines() {
        String printed = new String(RuleSetCompiler.compile(TestRuleSets.standard()).printed().get(0).content(),
                StandardCharsets.UTF_8);
        String[] authorLines = TestRuleSets.standard().ruleFiles().get(0).text().split("\n", -1);
        String[] printedLines = printed.split("\n", -1);

        for (int i = 0; i < authorLines.length; i++) {
            if (authorLines[i].startsWith("rule \"")) {
                assertThat(printedLines[i]).as("line " + (i + 1)).startsWith(authorLines[i]);
            }
        }
    }

    private static void assertPrintedByLotsen(String printed) throws DroolsParserException {
        assertThat(printed).doesNotContain("\"\"\"").doesNotContain("\r");
        for (int i = printed.indexOf('\\'); i >= 0; i = printed.indexOf('\\', i + 2)) {
            assertThat(printed.charAt(i + 1)).as("an escape Lotsen would not print").isIn('"', '\\');
        }
        // Drools' macro processor rewrites consequences before they are compiled: it must have nothing to rewrite
        for (RuleDescr rule : new DrlParser(LanguageLevelOption.DRL6).parse(false, new StringReader(printed)).getRules()) {
            String consequence = rule.getConsequence().toString();
            assertThat(KnowledgeHelperFixer.fix(consequence).strip()).isEqualTo(consequence.strip());
        }
    }
}
