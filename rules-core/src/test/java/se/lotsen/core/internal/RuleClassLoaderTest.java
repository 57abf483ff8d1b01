package se.lotsen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException;

/**
 * The second wall holds without the first: DRL handed straight to the compiler below the inspector and the
 * printer, and a class compiled outside Drools, cannot reach the JDK past the rule vocabulary.
 */
class RuleClassLoaderTest {
    @TempDir
    Path dir;

    private RuleFile drl(String consequence) {
        return new RuleFile("rules/hostile.drl", ("""
                package hostile.rules;
                import se.lotsen.core.vocabulary.*;
                global se.lotsen.core.vocabulary.Advice out;
                rule "hostile"
                when Family()
                then
                    %s
                end
                """.formatted(consequence)).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");",
        "new java.io.FileOutputStream(\"MARKER\").close();",
        "System.exit(3);",
        "Runtime.getRuntime().exec(\"touch MARKER\");",
        "new ProcessBuilder(\"touch\", \"MARKER\").start();",
        "new Thread(() -> { }).start();",
        "new java.net.Socket(\"127.0.0.1\", 9);",
        "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);",
        "java.lang.invoke.MethodHandles.lookup();",
        "ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\");",
        "out.note(drools.getRule().getName(), System.getProperty(\"user.home\"), \"y\");"
    })
    void hostileJavaDoesNotCompileUnderTheWallEvenPastTheInspector(String consequence) {
        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSetCompiler.build(List.of(drl(consequence))));

        assertThat(refused).as("compiled: " + consequence).isNotNull();
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("The rule does not compile"));
        assertThat(Files.exists(Path.of("MARKER"))).isFalse();
    }

    @Test
    void theVocabularyStillCompilesAndRunsUnderTheWall() {
        RuleFile ok = drl("out.note( drools.getRule().getName(), \"ålder \" + 3, \"age\" );");

        assertThat(RuleSetCompiler.build(List.of(ok)).getKiePackages()).isNotEmpty();
    }

    @Test
    void aClassCompiledWithAForbiddenReferenceFailsToLinkUnderTheWall() throws Exception {
        Path marker = dir.resolve("MARKER");
        Path source = dir.resolve("Hostile.java");
        Files.writeString(source, """
                public class Hostile {
                    public static String run(String path) throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(path), "x");
                        return "ran";
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", dir.toString(), source.toString())).isZero();
        byte[] bytecode = Files.readAllBytes(dir.resolve("Hostile.class"));

        // defined the way Drools defines a rule set's classes: by a loader whose parent is the wall
        ClassLoader generated = new ClassLoader(new RuleClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("Hostile")) {
                    return defineClass(name, bytecode, 0, bytecode.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        Class<?> hostile = generated.loadClass("Hostile");
        Throwable failed = catchThrowable(() -> hostile.getMethod("run", String.class).invoke(null, marker.toString()));

        assertThat(failed).isInstanceOf(InvocationTargetException.class);
        assertThat(failed.getCause()).isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("java/nio/file");
        assertThat(Files.exists(marker)).as("the forbidden call ran").isFalse();
    }

    @Test
    void theWallRefusesTheNamesTheIssueLists() {
        RuleClassLoader wall = new RuleClassLoader();

        assertThat(List.of("java.io.File", "java.nio.file.Files", "java.net.URL", "java.lang.reflect.Method", "java.lang.Runtime",
                "java.lang.ProcessBuilder", "java.lang.System", "java.lang.Thread", "java.lang.ClassLoader",
                "java.lang.invoke.MethodHandles", "java.lang.invoke.StringConcatFactory", "se.lotsen.core.internal.Evaluator",
                "org.drools.util.IoUtils")).noneMatch(wall::allows);
        assertThat(List.of("java.lang.String", "se.lotsen.core.vocabulary.Family", "se.lotsen.core.vocabulary.Advice",
                "se.lotsen.core.NeedCategory", "org.drools.core.rule.consequence.KnowledgeHelper")).allMatch(wall::allows);
    }
}
