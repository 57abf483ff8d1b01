package se.lotsen.core.internal;

import java.util.List;
import se.lotsen.core.Pathway;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSet;

/** The engine's plain-Java parts around the Drools session: validation, facts, assembly. */
public final class EngineParts {
    private final RuleSet ruleSet;
    private final RequestValidator validator;
    private final PathwayAssembler assembler;

    public EngineParts(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.validator = new RequestValidator(ruleSet.catalog());
        this.assembler = new PathwayAssembler(ruleSet);
    }

    public RequestValidator validator() {
        return validator;
    }

    public List<Object> facts(SuggestionRequest request) {
        return FactBuilder.facts(request, ruleSet.manifest());
    }

    public List<se.lotsen.core.Evaluation.Proposed> proposed(Outcome outcome) {
        return outcome.proposals().stream().map(p -> new se.lotsen.core.Evaluation.Proposed(
                p.ruleId(), p.service(), p.urgency(), p.tier(), p.safeguarding())).toList();
    }

    public Pathway assemble(SuggestionRequest request, Outcome outcome) {
        return assembler.assemble(request, outcome);
    }
}
