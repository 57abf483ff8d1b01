package se.lotsen.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.lotsen.core.Epds;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.properties.Families;

/**
 * A fixed, seeded mix of realistic requests: one to three needs, a few risk and protective
 * factors, an EPDS now and then (item 10 above 0 in a few), the child's age or expecting.
 */
public final class Mix {
    public static final long SEED = 20261123L;

    private Mix() {
    }

    public static List<SuggestionRequest> requests(int count) {
        Random random = new Random(SEED);
        List<SuggestionRequest> requests = new ArrayList<>();
        NeedCategory[] needs = NeedCategory.values();
        RiskFactor[] risks = RiskFactor.values();
        ProtectiveFactor[] protective = ProtectiveFactor.values();
        for (int i = 0; i < count; i++) {
            SuggestionRequest.Builder b = SuggestionRequest.builder();
            if (random.nextInt(10) == 0) {
                b.expecting();
            } else {
                b.childAgeMonths(random.nextInt(84));
            }
            int needCount = 1 + random.nextInt(3);
            Set<NeedCategory> chosen = EnumSet.noneOf(NeedCategory.class);
            while (chosen.size() < needCount) {
                chosen.add(needs[random.nextInt(needs.length)]);
            }
            chosen.forEach(n -> b.need(n, Severity.values()[random.nextInt(3)]));
            int riskCount = random.nextInt(4);
            for (int r = 0; r < riskCount; r++) {
                b.risks(risks[random.nextInt(risks.length)]);
            }
            if (random.nextBoolean()) {
                b.protectiveFactors(protective[random.nextInt(protective.length)]);
            }
            if (random.nextInt(5) == 0) {
                int item10 = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
                b.epds(Epds.ofTotal(random.nextBoolean() ? "sv" : "en", Math.max(item10, random.nextInt(25)), item10));
            }
            if (random.nextInt(4) == 0) {
                b.language("ar");
            }
            requests.add(dedupe(b.build()));
        }
        return requests;
    }

    /** The builder may pick a risk factor twice; a request lists each once. */
    private static SuggestionRequest dedupe(SuggestionRequest r) {
        return new SuggestionRequest(r.childAgeMonths(), r.expecting(), r.needs(),
                r.riskFactors().stream().distinct().toList(), r.protectiveFactors(), r.screenings(), r.language(), r.centre());
    }

    /** Every family of the validation grid: each need × severity × age band × risk factor × protection × EPDS form. */
    public static List<Families.Sample> grid(RuleSet ruleSet, LocalDate day) {
        return new Families(ruleSet, day).grid();
    }
}
