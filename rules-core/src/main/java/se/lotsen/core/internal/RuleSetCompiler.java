package se.lotsen.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
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
 * Inspects every DRL file against the rule language, then compiles them into one KieBase, or
 * reports each problem by file and line. A file the inspector refuses is never compiled.
 */
public final class RuleSetCompiler {
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern UNKNOWN_NAME = Pattern.compile("strict-mode: [\\w.$]+\\.(\\w+)\\(\\)");

    private RuleSetCompiler() {
    }

    /** A compiled rule set: the KieBase of its DRL rules (null when it has none) and every rule's name, DRL and table. */
    public record Compiled(KieBase kieBase, List<String> ruleNames) {
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
        for (RuleFile file : ruleSet.ruleFiles()) {
            RuleInspector.Inspection inspection = inspector.inspect(file);
            problems.addAll(inspection.problems());
            for (String name : inspection.ruleNames()) {
                String earlier = ruleFileOf.putIfAbsent(name, file.path());
                if (earlier != null) {
                    problems.add(Problem.of(file.path(), lineOf(file, "rule \"" + name + "\""),
                            "Regelnamnet " + name + " används redan i " + earlier + "; varje regel behöver ett eget namn.",
                            "The rule name " + name + " is already used in " + earlier + "; every rule needs a name of its own."));
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
        KieBase kieBase = ruleSet.ruleFiles().isEmpty() ? null : build(ruleSet);
        return new Compiled(kieBase, ruleFileOf.keySet().stream().sorted().toList());
    }

    private static KieBase build(RuleSet ruleSet) {
        KieServices kie = KieServices.Factory.get();
        // Each build gets its own release id, and the module leaves the repository once built,
        // so reloading rule sets does not grow memory.
        ReleaseId releaseId = kie.newReleaseId("se.lotsen.rulesets",
                artifactSafe(ruleSet.id()), artifactSafe(ruleSet.version()) + "-" + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, String> ruleSetPathOf = new HashMap<>();
        for (RuleFile file : ruleSet.ruleFiles()) {
            String resource = resourcePath(file);
            // Drools reports some errors by the written path, others by the resource path.
            ruleSetPathOf.put(RESOURCES + resource, file.path());
            ruleSetPathOf.put(resource, file.path());
            files.write(RESOURCES + resource, file.content());
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : ruleSetPathOf.getOrDefault(message.getPath(), message.getPath());
            String text = message.getText().strip().replaceAll("\\s*\\n\\s*", " ");
            if (!text.equals("Parser returned a null Package")) { // follows a syntax error already reported
                int line = message.getLine() > 0 ? message.getLine() : lineOfUnknownName(ruleSet, path, text);
                problems.add(Problem.of(path, line, "Regeln kompilerar inte: " + text, "The rule does not compile: " + text));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            return kie.newKieContainer(releaseId).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Some constraint errors come without a line; they name the unknown field, so the first line of
     * the file that uses that name is where the policy owner should look.
     */
    private static int lineOfUnknownName(RuleSet ruleSet, String path, String message) {
        Matcher unknown = UNKNOWN_NAME.matcher(message);
        if (!unknown.find()) {
            return 0;
        }
        for (RuleFile file : ruleSet.ruleFiles()) {
            if (file.path().equals(path)) {
                return lineOf(file, unknown.group(1));
            }
        }
        return 0;
    }

    private static int lineOf(RuleFile file, String word) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
        Pattern pattern = Pattern.compile((Character.isLetterOrDigit(word.charAt(0)) ? "\\b" : "") + Pattern.quote(word));
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

    private static String artifactSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
