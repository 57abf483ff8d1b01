package se.lotsen.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.KieResources;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import se.lotsen.core.Contact;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RoutingTable;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * Inspects every DRL file against the rule language, prints each checked file anew ({@link DrlPrinter}),
 * and compiles the printed files into one KieBase under {@link RuleClassLoader}, or reports each problem
 * by file and line. A file the inspector refuses is never compiled, and no file a policy owner wrote is
 * compiled as written.
 */
public final class RuleSetCompiler {
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("strict-mode: [\\w.$]+\\.(\\w+)\\(\\)");

    private RuleSetCompiler() {
    }

    /**
     * A compiled rule set: the KieBase of its DRL rules (null when it has none), every rule's name (DRL and table),
     * and the DRL files as Lotsen printed them for Drools.
     */
    public record Compiled(KieBase kieBase, List<String> ruleNames, List<RuleFile> printed) {
    }

    /**
     * @throws RuleSetException with every problem, by file and line, when a file is outside the rule
     *                          language, a rule name is used twice, or the rules do not compile
     */
    public static Compiled compile(RuleSet ruleSet) {
        RuleInspector inspector = new RuleInspector(
                ruleSet.catalog().services().stream().map(Service::id).collect(Collectors.toSet()),
                ruleSet.manifest().safeguarding() == null ? Set.of()
                        : ruleSet.manifest().safeguarding().contacts().stream().map(Contact::id).collect(Collectors.toSet()));
        List<Problem> problems = new ArrayList<>();
        Map<String, String> ruleFileOf = new LinkedHashMap<>();
        List<RuleFile> printed = new ArrayList<>();
        for (RuleFile file : ruleSet.ruleFiles()) {
            RuleInspector.Inspection inspection = inspector.inspect(file);
            problems.addAll(inspection.problems());
            if (inspection.problems().isEmpty()) {
                PrintedFile print = PrintedFile.of(file, inspection, inspector);
                problems.addAll(print.problems());
                printed.add(new RuleFile(file.path(), print.text().getBytes(StandardCharsets.UTF_8)));
            }
            for (RuleInspector.DeclaredRule rule : inspection.rules()) {
                String earlier = ruleFileOf.putIfAbsent(rule.name(), file.path());
                if (earlier != null) {
                    problems.add(Problem.of(file.path(), rule.line(),
                            "Regelnamnet " + rule.name() + " används redan i " + earlier + "; varje regel behöver ett eget namn.",
                            "The rule name " + rule.name() + " is already used in " + earlier + "; every rule needs a name of its own."));
                }
            }
        }
        if (ruleFileOf.size() > RuleSetLimits.MAX_RULES) {
            problems.add(Problem.of("rules/", 0, "Regeluppsättningen har " + ruleFileOf.size() + " regler; högst "
                    + RuleSetLimits.MAX_RULES + " är tillåtna.", "The rule set has " + ruleFileOf.size() + " rules; at most "
                    + RuleSetLimits.MAX_RULES + " are allowed."));
        }
        for (RoutingTable table : ruleSet.tables()) {
            for (RoutingRow row : table.rows()) {
                String earlier = ruleFileOf.putIfAbsent(row.name(), table.path());
                if (earlier != null) {
                    problems.add(Problem.of(table.path(), row.line(), "Regelnamnet " + row.name() + " används redan i "
                            + earlier + "; varje rad behöver ett eget namn.", "The rule name " + row.name()
                            + " is already used in " + earlier + "; every row needs a name of its own."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = printed.isEmpty() ? null : SharedKieBases.get(printed, RuleSetCompiler::build);
        return new Compiled(kieBase, ruleFileOf.keySet().stream().sorted().toList(), List.copyOf(printed));
    }

    /**
     * Compiles DRL that Lotsen printed, never a policy owner's file, under {@link RuleClassLoader}. Below the
     * inspector on purpose: a test compiles hostile DRL here to show that the class loader holds on its own.
     */
    static KieBase build(List<RuleFile> printed) {
        RuleClassLoader wall = new RuleClassLoader();
        Properties options = new Properties();
        // At 1.8 the Java compiler joins texts with a StringBuilder; from 9 on it calls StringConcatFactory through
        // java.lang.invoke, which the wall does not let rule code name.
        options.setProperty("drools.dialect.java.compiler.lnglevel", "1.8");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(options, wall));
        Map<String, String> ruleSetPathOf = new HashMap<>();
        KieResources resources = KieServices.Factory.get().getResources();
        for (RuleFile file : printed) {
            String resource = resourcePath(file);
            ruleSetPathOf.put(resource, file.path());
            try {
                builder.add(resources.newByteArrayResource(file.content()).setSourcePath(resource), ResourceType.DRL);
            } catch (RuntimeException | LinkageError e) {
                // Drools fails this way, not with a message, on what no check foresaw: still the file's problem, never a 500
                throw new RuleSetException(List.of(Problem.of(file.path(), 0, "Drools kan inte bygga filen: " + e,
                        "Drools cannot build the file: " + e)));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String source = error.getResource() == null ? null : error.getResource().getSourcePath();
            String path = source == null ? "" : ruleSetPathOf.getOrDefault(source, source);
            String text = error.getMessage().strip().replaceAll("\\s*\\n\\s*", " ");
            if (!text.equals("Parser returned a null Package")) { // follows a syntax error already reported
                int[] lines = error.getLines();
                int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0]
                        : lineOfUnknownName(printed, path, text);
                problems.add(Problem.of(path, line, "Regeln kompilerar inte: " + text, "The rule does not compile: " + text));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.Factory.get().newKieBaseConfiguration(null, wall));
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /**
     * Some constraint errors come without a line; they name the unknown field, so the first line of
     * the file that uses that name is where the policy owner should look.
     */
    private static int lineOfUnknownName(List<RuleFile> files, String path, String message) {
        Matcher unknown = UNKNOWN_NAME.matcher(message);
        if (!unknown.find()) {
            return 0;
        }
        for (RuleFile file : files) {
            if (file.path().equals(path)) {
                return lineOf(file, unknown.group(1));
            }
        }
        return 0;
    }

    private static int lineOf(RuleFile file, String word) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
        // whole words only: "sleep" is not found in "sleep-severe" or "sleepless"
        Pattern pattern = Pattern.compile("(?<![\\w$-])" + Pattern.quote(word) + "(?![\\w$-])");
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Files go under their package's folder (Drools warns otherwise); errors are mapped back to the rule set's path. */
    private static String resourcePath(RuleFile file) {
        Matcher m = DRL_PACKAGE.matcher(file.text());
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return m.find() ? m.group(1).replace('.', '/') + "/" + name : file.path();
    }

}
