package se.lotsen.core.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * Reads a DRL file with Drools' own parser, before anything is compiled or run, and refuses every
 * construct outside {@link RuleLanguage}: a rule set can read the family's facts and propose steps,
 * nothing else. Each refusal names the file and line, in Swedish and English.
 */
final class RuleInspector {
    /** Far more than any rule of the closed language needs; a thread's stack is reserved, not committed, memory. */
    private static final long INSPECTION_STACK_BYTES = 16L * 1024 * 1024;

    private final Set<String> services;
    private final Set<String> contacts;

    RuleInspector(Set<String> services, Set<String> contacts) {
        this.services = services;
        this.contacts = contacts;
    }

    /**
     * The rules a file declares, when it is inside the language; its problems otherwise. A file without problems
     * also has its parsed package and the trees the checks parsed, for {@link DrlPrinter}.
     */
    record Inspection(List<DeclaredRule> rules, List<Problem> problems, PackageDescr pkg, InspectedFile file) {
    }

    /** A rule the file declares, and the line its declaration is on. */
    record DeclaredRule(String name, int line) {
    }

    /**
     * Inspects on a thread of its own with a large stack: the parsers recurse, and a shape the source scan does not
     * bound (a chain of statements, say) must end as a refusal with the file's name, not as a StackOverflowError that
     * takes a request thread or the directory watcher with it.
     */
    Inspection inspect(RuleFile file) {
        AtomicReference<Inspection> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(new FileInspection(file).run());
            } catch (StackOverflowError | RuntimeException e) {
                failure.set(e);
            }
        }, "rule-inspection", INSPECTION_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while inspecting " + file.path(), e);
        }
        if (result.get() != null) {
            return result.get();
        }
        InspectedFile refused = new InspectedFile(file);
        if (failure.get() instanceof StackOverflowError) {
            refused.refuse(0, "Filen är för djupt nästlad för att läsas; dela upp reglerna.",
                    "The file is nested too deeply to be read; split the rules.");
        } else {
            refused.refuse(0, "Filen går inte att läsa som DRL (" + failure.get() + ").",
                    "The file cannot be read as DRL (" + failure.get() + ").");
        }
        return new Inspection(List.of(), refused.problems(), null, refused);
    }

    /** One file's inspection: the file with its refusals, and the names of the rules it declares. */
    private final class FileInspection {
        private final InspectedFile file;
        private final String text;
        private final List<DeclaredRule> rules = new ArrayList<>();

        FileInspection(RuleFile file) {
            this.file = new InspectedFile(file);
            this.text = this.file.text();
        }

        Inspection run() {
            if (file.size() > RuleSetLimits.MAX_FILE_BYTES) {
                refuse(0, "Filen är större än " + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB; dela upp reglerna i flera filer.",
                        "The file is larger than " + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB; split the rules into several files.");
                return done(null);
            }
            int escape = text.indexOf("\\u");
            if (escape >= 0) {
                refuse(file.lineAt(escape), "Unicode-escape (\\u…) är inte tillåtet i en regelfil; skriv tecknet som det är.",
                        "Unicode escapes (\\u…) are not allowed in a rule file; write the character itself.");
                return done(null);
            }
            if (!new DrlSourceScan(file).scan()) {
                return done(null);
            }
            PackageDescr pkg = parse();
            if (pkg == null) {
                return done(null);
            }
            inspectPackage(pkg);
            for (RuleDescr rule : pkg.getRules()) {
                inspectRule(rule);
            }
            return done(pkg);
        }

        private Inspection done(PackageDescr pkg) {
            return new Inspection(List.copyOf(rules), file.problems(), file.hasProblems() ? null : pkg, file);
        }

        private PackageDescr parse() {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, new StringReader(text));
            } catch (DroolsParserException e) {
                refuse(e.getLineNumber(), "Filen går inte att läsa som DRL: " + e.getMessage(),
                        "The file cannot be read as DRL: " + e.getMessage());
                return null;
            }
            if (parser.hasErrors()) {
                for (DroolsError error : parser.getErrors()) {
                    int line = error instanceof ParserError p ? p.getRow() : 0;
                    refuse(line, "Felaktig DRL: " + error.getMessage(), "Malformed DRL: " + error.getMessage());
                }
                return null;
            }
            return pkg;
        }

        private void inspectPackage(PackageDescr pkg) {
            for (ImportDescr imported : pkg.getImports()) {
                if (!RuleLanguage.IMPORTS.contains(RuleLanguage.currentName(imported.getTarget()))) {
                    refuse(imported.getLine(), "import " + imported.getTarget() + " är inte tillåtet. En regelfil får bara "
                            + "importera regelvokabulären: " + String.join(", ", InspectedFile.sorted(RuleLanguage.IMPORTS)),
                            "import " + imported.getTarget() + " is not allowed. A rule file may import only the rule "
                            + "vocabulary: " + String.join(", ", InspectedFile.sorted(RuleLanguage.IMPORTS)));
                }
            }
            for (GlobalDescr global : pkg.getGlobals()) {
                if (!global.getIdentifier().equals(RuleLanguage.GLOBAL) || !RuleLanguage.isAdviceType(global.getType())) {
                    // CHECKSTYLE.OFF: RegexpSingleline - the message shows the one global a rule file may declare
                    refuse(global.getLine(), "Den enda globala variabeln är 'global se.lotsen.core.vocabulary.Advice out;'.",
                            "The only global is 'global se.lotsen.core.vocabulary.Advice out;'.");
                    // CHECKSTYLE.ON: RegexpSingleline
                }
            }
            pkg.getFunctions().forEach(f -> refuse(f.getLine(), "function " + f.getName()
                    + " är inte tillåtet: regler skriver bara villkor och anrop till out.",
                    "function " + f.getName() + " is not allowed: rules have conditions and calls to out only."));
            pkg.getFunctionImports().forEach(f -> refuse(f.getLine(), "import function är inte tillåtet.",
                    "import function is not allowed."));
            pkg.getAccumulateImports().forEach(a -> refuse(a.getLine(), "import accumulate är inte tillåtet.",
                    "import accumulate is not allowed."));
            pkg.getTypeDeclarations().forEach(t -> refuse(t.getLine(), "declare " + t.getTypeName()
                    + " är inte tillåtet: regler använder regelvokabulärens fakta.",
                    "declare " + t.getTypeName() + " is not allowed: rules use the vocabulary's facts."));
            pkg.getEnumDeclarations().forEach(t -> refuse(t.getLine(), "declare enum är inte tillåtet.",
                    "declare enum is not allowed."));
            pkg.getEntryPointDeclarations().forEach(t -> refuse(t.getLine(), "entry-point är inte tillåtet.",
                    "entry points are not allowed."));
            pkg.getWindowDeclarations().forEach(t -> refuse(t.getLine(), "window är inte tillåtet.",
                    "windows are not allowed."));
            pkg.getAttributes().forEach(a -> refuse(a.getLine(), "Attributet " + a.getName()
                    + " på paketnivå är inte tillåtet.", "The package attribute " + a.getName() + " is not allowed."));
            if (pkg.getUnit() != null) {
                refuse(pkg.getUnit().getLine(), "unit är inte tillåtet.", "unit is not allowed.");
            }
        }

        private void inspectRule(RuleDescr rule) {
            if (rule.isQuery()) {
                refuse(rule.getLine(), "query " + rule.getName() + " är inte tillåtet.", "query " + rule.getName() + " is not allowed.");
                return;
            }
            rules.add(new DeclaredRule(rule.getName(), rule.getLine()));
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (!RuleLanguage.ATTRIBUTES.contains(attribute.getName())) {
                    refuse(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), "Regeln " + rule.getName()
                            + " har attributet " + attribute.getName() + ", som inte är tillåtet (bara salience och no-loop).",
                            "Rule " + rule.getName() + " has the attribute " + attribute.getName()
                            + ", which is not allowed (only salience and no-loop).");
                } else if (attribute.getName().equals("salience") && !attribute.getValue().strip().matches("-?\\d{1,6}")) {
                    refuse(rule.getLine(), "salience i " + rule.getName() + " måste vara ett heltal.",
                            "salience in " + rule.getName() + " must be a whole number.");
                }
            }
            if (!rule.getAnnotations().isEmpty()) {
                refuse(rule.getLine(), "Annoteringar (@…) på regeln " + rule.getName() + " är inte tillåtna.",
                        "Annotations (@…) on rule " + rule.getName() + " are not allowed.");
            }
            if (rule.hasParent()) {
                refuse(rule.getLine(), "extends på regeln " + rule.getName() + " är inte tillåtet.",
                        "extends on rule " + rule.getName() + " is not allowed.");
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                refuse(rule.getLine(), "Namngivna konsekvenser (then[…]) är inte tillåtna.", "Named consequences (then[…]) are not allowed.");
            }
            Map<String, Class<?>> facts = new HashMap<>();
            Set<String> values = new HashSet<>();
            int[] patterns = new int[2];
            new ConditionCheck(file).inspectCondition(rule, rule.getLhs(), facts, values, patterns);
            if (patterns[0] > RuleSetLimits.MAX_PATTERNS_PER_RULE || patterns[1] > RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE) {
                refuse(rule.getLine(), "Regeln " + rule.getName() + " har för många mönster (högst "
                        + RuleSetLimits.MAX_PATTERNS_PER_RULE + ", varav högst " + RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE
                        + " på NeedFact): dela upp den.", "Rule " + rule.getName() + " has too many patterns (at most "
                        + RuleSetLimits.MAX_PATTERNS_PER_RULE + ", at most " + RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE
                        + " on NeedFact): split it.");
            }
            new ConsequenceCheck(file, services, contacts).inspectConsequence(rule, facts, values);
        }

        private void refuse(int line, String sv, String en) {
            file.refuse(line, sv, en);
        }
    }
}
