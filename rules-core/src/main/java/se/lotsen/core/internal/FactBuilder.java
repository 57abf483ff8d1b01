package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.Epds;
import se.lotsen.core.Need;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.AgeRange;
import se.lotsen.core.internal.facts.ChildFact;
import se.lotsen.core.internal.facts.EpdsFact;
import se.lotsen.core.internal.facts.NeedFact;
import se.lotsen.core.internal.facts.ProtectionFact;
import se.lotsen.core.internal.facts.RiskFact;
import se.lotsen.core.internal.facts.RiskThresholds;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.ruleset.RuleSetManifest;

/** Turns a valid request into the facts the rules match, with the rule set's weights and cut-offs applied. */
final class FactBuilder {
    private FactBuilder() {
    }

    static List<Object> facts(SuggestionRequest request, RuleSetManifest manifest) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ChildFact(childAge(request), request.expectingChild()));
        needs(request).forEach((category, need) -> facts.add(new NeedFact(category.name(), need.severity().name())));
        RiskPolicy risk = manifest.risk();
        EnumSet.copyOf(withNone(request.riskFactors(), RiskFactor.class)).forEach(
                f -> facts.add(new RiskFact(f.name(), risk.weights().getOrDefault(f, 0))));
        EnumSet.copyOf(withNone(request.protectiveFactors(), ProtectiveFactor.class)).forEach(
                f -> facts.add(new ProtectionFact(f.name(), risk.protectiveWeights().getOrDefault(f, 0))));
        facts.add(new RiskThresholds(risk.elevatedFrom(), risk.highFrom()));
        if (request.screenings() != null && request.screenings().epds() != null) {
            facts.add(epds(request.screenings().epds(), manifest.epds()));
        }
        return facts;
    }

    static int childAge(SuggestionRequest request) {
        return request.expectingChild() ? AgeRange.EXPECTING : request.childAgeMonths();
    }

    /** The request's needs by category, in code order; validation has already refused duplicates. */
    static Map<NeedCategory, Need> needs(SuggestionRequest request) {
        Map<NeedCategory, Need> byCategory = new LinkedHashMap<>();
        request.needs().stream()
                .sorted((a, b) -> a.category().compareTo(b.category()))
                .forEach(n -> byCategory.putIfAbsent(n.category(), n));
        return byCategory;
    }

    private static EpdsFact epds(Epds epds, EpdsPolicy policy) {
        boolean validated = policy.isValidated(epds.language());
        String cutoffLanguage = validated ? epds.language() : policy.fallbackLanguage();
        int cutoff = policy.cutoffFor(epds.language());
        return new EpdsFact(epds.totalScore(), epds.selfHarmScore(), epds.language(), cutoff, cutoffLanguage,
                validated, cutoff + policy.wellAboveMargin());
    }

    // EnumSet.copyOf refuses an empty collection without a type; this keeps the call sites flat.
    private static <E extends Enum<E>> java.util.Collection<E> withNone(List<E> list, Class<E> type) {
        return list.isEmpty() ? EnumSet.noneOf(type) : list;
    }
}
