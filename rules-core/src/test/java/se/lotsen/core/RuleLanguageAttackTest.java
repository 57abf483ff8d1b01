package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * A rule file can only route. Each case is an attack a policy-owner key could try; each must be
 * refused with its file and line before anything is compiled or run, so the marker file the attack
 * would create never appears.
 */
class RuleLanguageAttackTest {
    @TempDir
    static Path dir;
    private static Path marker;

    @BeforeEach
    void markerPath() {
        marker = dir.resolve("pwned");
    }

    static List<Arguments> attacks() {
        String file = dir == null ? "/tmp/lotsen-marker-never" : dir.resolve("pwned").toString();
        return List.of(
                Arguments.of("a consequence writes a file", """
                        rule "write"
                        when Family()
                        then
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "x");
                        end
                        """.formatted(file), 13, "may only call out"),
                Arguments.of("a consequence stops the server", """
                        rule "exit"
                        when Family()
                        then
                            System.exit(3);
                        end
                        """, 13, "may only call out"),
                Arguments.of("a time bomb in eval", """
                        rule "bomb"
                        when
                            Family()
                            eval( System.currentTimeMillis() > 1 )
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 13, "eval"),
                Arguments.of("Java hidden in a constraint", """
                        rule "constraint"
                        when Family( ageMonths > 1 && java.io.File.createTempFile("a", "b").exists() )
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "not allowed"),
                Arguments.of("an endless loop", """
                        rule "loop"
                        when Family()
                        then
                            while (true) { }
                        end
                        """, 13, "may only call out"),
                Arguments.of("reflection through a fact", """
                        rule "reflect"
                        when $f : Family()
                        then out.note( drools.getRule().getName(), $f.getClass().getName(), "y" );
                        end
                        """, 12, "not allowed"),
                Arguments.of("an import outside the vocabulary", """
                        import java.io.File;
                        rule "imports"
                        when Family()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 10, "import java.io.File"),
                Arguments.of("a function", """
                        function String read() { return new java.util.Scanner(new java.io.File("/etc/passwd")).next(); }
                        rule "function"
                        when Family()
                        then out.note( drools.getRule().getName(), read(), "y" );
                        end
                        """, 10, "function read"),
                Arguments.of("new objects in a consequence", """
                        rule "create"
                        when Family()
                        then out.note( drools.getRule().getName(), new String("x"), "y" );
                        end
                        """, 12, "not allowed"),
                Arguments.of("from over an expression", """
                        rule "from"
                        when $n : NeedFact() from java.util.List.of(new Object())
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "from"),
                Arguments.of("inserting facts", """
                        rule "insert"
                        when Family()
                        then insert( new Object() );
                        end
                        """, 12, "may only call out"),
                Arguments.of("a date-effective time bomb", """
                        rule "later"
                            date-effective "1-Jan-2030"
                        when Family()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "date-effective"),
                Arguments.of("a unicode escape that closes a string", """
                        rule "escape"
                        when Family()
                        then out.note( drools.getRule().getName(), "x\\u0022 + System.getenv() + \\u0022", "y" );
                        end
                        """, 12, "Unicode"),
                Arguments.of("another global", """
                        global java.lang.Runtime runtime;
                        rule "global"
                        when Family()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 10, "global"),
                Arguments.of("a fact type that is not in the vocabulary", """
                        rule "other"
                        when java.lang.Thread()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "vocabulary"),
                Arguments.of("a forged rule name", """
                        rule "forged"
                        when Family()
                        then out.note( "someone-else", "x", "y" );
                        end
                        """, 12, "drools.getRule().getName()"),
                Arguments.of("a contact that is not in ruleset.yaml", """
                        rule "contact"
                        when Family()
                        then out.contact( drools.getRule().getName(), "NOWHERE" );
                        end
                        """, 12, "NOWHERE"),
                Arguments.of("a code that does not exist", """
                        rule "code"
                        when NeedFact( category == NeedCategory.SLEEPING )
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "SLEEPING"),
                Arguments.of("a join that multiplies needs", """
                        rule "explode"
                        when NeedFact() NeedFact() NeedFact()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 10, "too many patterns"),
                Arguments.of("the MVEL dialect", """
                        rule "mvel"
                            dialect "mvel"
                        when Family()
                        then out.note( drools.getRule().getName(), "x", "y" );
                        end
                        """, 11, "dialect"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theAttackIsRefusedWithFileAndLineAndNothingRuns(String attack, String body, int line, String message) {
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> buildAndAsk(body));

        assertThat(Files.exists(marker)).as("the attack ran").isFalse();
        assertThat(refused).as(attack).isNotNull();
        assertThat(refused.problems()).as(attack).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("rules/test0.drl");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
            assertThat(problem.sv()).isNotBlank().isNotEqualTo(problem.message());
        });
    }

    /**
     * Builds the engine and, if it builds, asks it about families every attack's pattern matches: an attack
     * that got past the checks runs here, so the marker check above can see it.
     */
    private static void buildAndAsk(String body) {
        try (PathwayEngine engine = TestRuleSets.engine(TestRuleSets.ruleSet(body))) {
            engine.suggest(SuggestionRequest.builder().childAgeMonths(5).need(NeedCategory.SLEEP).build());
            engine.suggest(SuggestionRequest.builder().childAgeMonths(30).need(NeedCategory.SLEEP).need(NeedCategory.FINANCES).build());
        }
    }

    @org.junit.jupiter.api.Test
    void theMarkerPathIsTheOneTheAttacksWrite() {
        // A marker in another folder than the one checked would let a running attack pass unseen.
        assertThat(attacks().get(0).get()[1].toString()).contains(marker.toString());
    }

    @org.junit.jupiter.api.Test
    void aRuleNameUsedTwiceIsRefused() {
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> TestRuleSets.engine(TestRuleSets.ruleSet("""
                rule "sleep-nurse"
                when Family()
                then out.note( drools.getRule().getName(), "x", "y" );
                end
                """)));

        assertThat(refused.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("sleep-nurse").contains("already used"));
    }
}
