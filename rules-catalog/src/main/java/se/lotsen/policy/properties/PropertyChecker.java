package se.lotsen.policy.properties;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import se.lotsen.core.Epds;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Need;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Screenings;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.policy.RequestJson;
import se.lotsen.policy.properties.Families.Sample;

/**
 * Checks every property on every explored family. For each property it counts the families its
 * {@code when} matched and keeps the first family (by index, so the same seed gives the same answer)
 * that breaks it; that family is then shrunk to the smallest request that still breaks it.
 */
public final class PropertyChecker implements Exploration.Observer {
    private static final int SHRINK_STEPS = 200;
    /** How many steps from the smallest counterexample the nearest family that can exist is looked for. */
    private static final int NEAREST_DEPTH = 2;

    private final List<Property> properties;
    private final ServiceCatalog catalog;
    private final LongAdder[] checked;
    private final AtomicReferenceArray<Sample> firstBroken;

    public PropertyChecker(List<Property> properties, ServiceCatalog catalog) {
        this.properties = List.copyOf(properties);
        this.catalog = catalog;
        this.checked = new LongAdder[properties.size()];
        Arrays.setAll(checked, i -> new LongAdder());
        this.firstBroken = new AtomicReferenceArray<>(properties.size());
    }

    @Override
    public void observe(Sample sample, Evaluation evaluation) {
        List<String> services = PropertyCheck.services(evaluation);
        for (int p = 0; p < properties.size(); p++) {
            Property property = properties.get(p);
            if (!PropertyCheck.applies(property.when(), evaluation)) {
                continue;
            }
            // A LongAdder per property: the exploration's threads count without fighting over one cache line.
            checked[p].increment();
            if (PropertyCheck.broken(property, evaluation, catalog, services).isPresent()) {
                firstBroken.accumulateAndGet(p, sample, (old, now) -> old == null || now.index() < old.index() ? now : old);
            }
        }
    }

    /** One result per property, shrinking each counterexample with the engine. */
    public List<PropertyResult> results(PathwayEngine engine) {
        List<PropertyResult> results = new ArrayList<>();
        for (int p = 0; p < properties.size(); p++) {
            Property property = properties.get(p);
            Sample broken = firstBroken.get(p);
            PropertyResult.Counterexample counterexample = null;
            if (broken != null) {
                SuggestionRequest smallest = shrink(engine, property, broken.request(), broken.date());
                String reason = verdict(engine, property, smallest, broken.date()).orElse("");
                List<String> implausible = Plausibility.broken(smallest);
                PropertyResult.Counterexample nearest = null;
                if (!implausible.isEmpty()) {
                    nearest = nearestPlausible(engine, property, smallest, broken.request(), broken.date())
                            .map(r -> new PropertyResult.Counterexample(toJson(r), broken.date(),
                                    verdict(engine, property, r, broken.date()).orElse(""), List.of(), List.of(), null))
                            .orElse(null);
                }
                counterexample = new PropertyResult.Counterexample(toJson(smallest), broken.date(), reason, implausible,
                        Plausibility.says(implausible), nearest);
            }
            results.add(new PropertyResult(property.id(), property.file(), property.line(), property.why(), broken == null,
                    checked[p].sum(), counterexample));
        }
        return results;
    }

    /** Why this request breaks the property on this day, or empty when it does not (or the property does not apply). */
    private Optional<String> verdict(PathwayEngine engine, Property property, SuggestionRequest request, LocalDate date) {
        try {
            Evaluation evaluation = engine.evaluate(request, date);
            return PropertyCheck.applies(property.when(), evaluation)
                    ? PropertyCheck.broken(property, evaluation, catalog) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The nearest family that can exist and still breaks the property: one or two steps from the smallest one (a thing
     * taken away, or another of the grid's ages, the nearest age first), else the family exploration found, if it can
     * exist. Empty when none of them can.
     */
    private Optional<SuggestionRequest> nearestPlausible(PathwayEngine engine, Property property, SuggestionRequest smallest,
                                                         SuggestionRequest found, LocalDate date) {
        List<SuggestionRequest> frontier = List.of(smallest);
        for (int depth = 0; depth < NEAREST_DEPTH; depth++) {
            List<SuggestionRequest> next = new ArrayList<>();
            for (SuggestionRequest from : frontier) {
                for (SuggestionRequest candidate : neighbours(from)) {
                    if (Plausibility.broken(candidate).isEmpty() && verdict(engine, property, candidate, date).isPresent()) {
                        return Optional.of(candidate);
                    }
                    next.add(candidate);
                }
            }
            frontier = next;
        }
        return Plausibility.broken(found).isEmpty() ? Optional.of(found) : Optional.empty();
    }

    /**
     * Requests one step from this one: one thing less, or the child at another of the grid's ages, the nearest first
     * (an expecting family's nearest is the newborn).
     */
    private static List<SuggestionRequest> neighbours(SuggestionRequest r) {
        List<SuggestionRequest> near = new ArrayList<>(simpler(r));
        int age = r.childAgeMonths() == null ? -1 : r.childAgeMonths();
        Families.AGES.stream().filter(a -> a >= 0 && a != age).sorted(Comparator.comparingInt(a -> Math.abs(a - age)))
                .forEach(a -> near.add(new SuggestionRequest(a, null, r.needs(), r.riskFactors(), r.protectiveFactors(),
                        r.screenings(), r.language(), r.centre())));
        return near;
    }

    /** Takes things away from the request, one at a time, as long as it still breaks the property. */
    private SuggestionRequest shrink(PathwayEngine engine, Property property, SuggestionRequest request, LocalDate date) {
        SuggestionRequest current = request;
        for (int step = 0; step < SHRINK_STEPS; step++) {
            SuggestionRequest smaller = null;
            for (SuggestionRequest candidate : simpler(current)) {
                if (verdict(engine, property, candidate, date).isPresent()) {
                    smaller = candidate;
                    break;
                }
            }
            if (smaller == null) {
                return current;
            }
            current = smaller;
        }
        return current;
    }

    /** Requests with one thing less, or one thing milder, than this one. */
    static List<SuggestionRequest> simpler(SuggestionRequest r) {
        List<SuggestionRequest> simpler = new ArrayList<>();
        for (int i = 0; i < r.needs().size(); i++) {
            List<Need> fewer = new ArrayList<>(r.needs());
            fewer.remove(i);
            simpler.add(with(r, fewer, r.riskFactors(), r.protectiveFactors(), r.screenings(), r.language(), r.centre()));
        }
        for (int i = 0; i < r.riskFactors().size(); i++) {
            var fewer = new ArrayList<>(r.riskFactors());
            fewer.remove(i);
            simpler.add(with(r, r.needs(), fewer, r.protectiveFactors(), r.screenings(), r.language(), r.centre()));
        }
        for (int i = 0; i < r.protectiveFactors().size(); i++) {
            var fewer = new ArrayList<>(r.protectiveFactors());
            fewer.remove(i);
            simpler.add(with(r, r.needs(), r.riskFactors(), fewer, r.screenings(), r.language(), r.centre()));
        }
        if (r.screenings() != null) {
            simpler.add(with(r, r.needs(), r.riskFactors(), r.protectiveFactors(), null, r.language(), r.centre()));
            Epds epds = r.screenings().epds();
            if (epds.items() != null) {
                simpler.add(with(r, r.needs(), r.riskFactors(), r.protectiveFactors(),
                        new Screenings(Epds.ofTotal(epds.language(), epds.totalScore(), epds.selfHarmScore())), r.language(), r.centre()));
            }
        }
        if (r.language() != null) {
            simpler.add(with(r, r.needs(), r.riskFactors(), r.protectiveFactors(), r.screenings(), null, r.centre()));
        }
        if (r.centre() != null) {
            simpler.add(with(r, r.needs(), r.riskFactors(), r.protectiveFactors(), r.screenings(), r.language(), null));
        }
        for (int i = 0; i < r.needs().size(); i++) {
            Need need = r.needs().get(i);
            if (need.severity() != Severity.MODERATE) {
                List<Need> milder = new ArrayList<>(r.needs());
                milder.set(i, new Need(need.category(), Severity.MODERATE));
                simpler.add(with(r, milder, r.riskFactors(), r.protectiveFactors(), r.screenings(), r.language(), r.centre()));
            }
        }
        return simpler;
    }

    private static SuggestionRequest with(SuggestionRequest r, List<Need> needs, List<RiskFactor> risks,
                                          List<ProtectiveFactor> protective, Screenings screenings,
                                          String language, String centre) {
        return new SuggestionRequest(r.childAgeMonths(), r.childAgeWeeks(), r.expecting(), needs, risks, protective, screenings,
                language, centre);
    }

    static JsonNode toJson(SuggestionRequest request) {
        return RequestJson.of(request);
    }
}
