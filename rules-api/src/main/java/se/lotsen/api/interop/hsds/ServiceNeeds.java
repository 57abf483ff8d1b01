package se.lotsen.api.interop.hsds;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Need;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Severity;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;

/**
 * Which needs each service serves, as the rule set routes them: every need at every severity, for an
 * expected child and a child in each age band, asked of the engine itself (so the taxonomy is the rule
 * set's, not a second list to keep in step). Worked out once per compiled rule set.
 */
final class ServiceNeeds {
    private static final List<Integer> AGES = List.of(-1, 2, 9, 20, 42, 66, 78);
    private static final Map<PathwayEngine, Map<String, Set<NeedCategory>>> KNOWN = new WeakHashMap<>();

    private ServiceNeeds() {
    }

    static synchronized Map<String, Set<NeedCategory>> of(PathwayEngine engine) {
        return KNOWN.computeIfAbsent(engine, ServiceNeeds::work);
    }

    private static Map<String, Set<NeedCategory>> work(PathwayEngine engine) {
        Map<String, Set<NeedCategory>> needs = new LinkedHashMap<>();
        for (NeedCategory need : NeedCategory.values()) {
            for (Severity severity : Severity.values()) {
                for (int age : AGES) {
                    SuggestionRequest request = new SuggestionRequest(age < 0 ? null : age, age < 0 ? Boolean.TRUE : null,
                            List.of(new Need(need, severity)), List.of(), List.of(), null, null, null);
                    try {
                        for (Step step : engine.suggest(request).steps()) {
                            if (step.needs().contains(need)) {
                                needs.computeIfAbsent(step.service().id(), s -> EnumSet.noneOf(NeedCategory.class)).add(need);
                            }
                        }
                    } catch (InvalidRequestException e) {
                        // A need the rule set does not take at this age: nothing to learn from it.
                    }
                }
            }
        }
        return needs;
    }
}
