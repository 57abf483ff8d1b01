package se.lotsen.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.asm.KnowledgeHelperFixer;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * A checked rule file as Lotsen prints it for Drools, and the proof that the joint holds: the printed text,
 * read again by the same parsers and checks, prints as itself (so Drools' DRL parser and JavaParser read one
 * program), and Drools' macro processor, which rewrites consequences before they are compiled, leaves every
 * printed consequence as it is. A file where either fails is refused, never compiled.
 */
record PrintedFile(String text, List<Problem> problems) {
    static PrintedFile of(RuleFile file, RuleInspector.Inspection inspection, RuleInspector inspector) {
        String text = DrlPrinter.print(inspection.pkg(), inspection.file());
        if (text == null) {
            return new PrintedFile("", inspection.file().problems());
        }
        List<Problem> problems = new ArrayList<>();
        RuleInspector.Inspection again = inspector.inspect(new RuleFile(file.path(), text.getBytes(StandardCharsets.UTF_8)));
        String twice = again.problems().isEmpty() ? DrlPrinter.print(again.pkg(), again.file()) : null;
        if (!text.equals(twice)) {
            String why = again.problems().isEmpty() ? "" : " (" + again.problems().get(0).message() + ")";
            problems.add(Problem.of(file.path(), again.problems().isEmpty() ? 0 : again.problems().get(0).line(),
                    "Lotsen kan inte skriva om filen så att den läses som samma regler" + why + "; förenkla regeln.",
                    "Lotsen cannot print the file so that it reads as the same rules" + why + "; simplify the rule."));
            return new PrintedFile(text, problems);
        }
        for (RuleDescr rule : again.pkg().getRules()) {
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            if (!KnowledgeHelperFixer.fix(consequence).strip().equals(consequence.strip())) {
                problems.add(Problem.of(file.path(), rule.getLine(), "Drools skulle läsa konsekvensen i " + rule.getName()
                        + " annorlunda än Lotsen har kontrollerat den; förenkla texterna.", "Drools would read the consequence of "
                        + rule.getName() + " differently from how Lotsen checked it; simplify the texts."));
            }
        }
        return new PrintedFile(text, problems);
    }
}
