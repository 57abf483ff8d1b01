package se.lotsen.policy.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import se.lotsen.core.Epds;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.RuleSet;

/**
 * The families validation asks about: a grid that sweeps what a rule set must cover (every need ×
 * severity × age band, expecting and the last year before school (72 months to the oldest) included × no risk or each single risk factor
 * (the safeguarding triggers among them) × protective sets; every pair of needs at SEVERE at a few ages;
 * every EPDS form (and two unlisted ones) around its cut-off, with
 * and without thoughts of self-harm, in pregnancy and after birth), then a seeded random exploration
 * of mixed families on days across the year.
 */
public final class Families {
    /** Ages on the edges of what rules and services distinguish; -1 is expecting. */
    public static final List<Integer> AGES = List.of(-1, 0, 1, 2, 6, 11, 12, 17, 18, 24, 35, 36, 47, 59, 66, 69, 71, 72,
            76, 79, SuggestionRequest.MAX_CHILD_AGE_MONTHS);
    public static final long SEED = 20261124L;
    /** From this age, the day of the year decides whether the child has started förskoleklass. */
    private static final int SCHOOL_AGE = 59;
    private static final List<String> LANGUAGES = List.of("sv", "en", "ar", "so", "fa", "ti", "pl");

    private final RuleSet ruleSet;
    private final LocalDate reference;
    private final List<String> forms;

    public Families(RuleSet ruleSet, LocalDate reference) {
        this.ruleSet = ruleSet;
        this.reference = reference;
        List<String> codes = new ArrayList<>(ruleSet.manifest().epds().forms().stream().map(EpdsForm::code).toList());
        codes.add("de"); // languages the rule set lists no form for: read conservatively
        codes.add("ti");
        this.forms = List.copyOf(codes);
    }

    /**
     * One family to ask about, on one day.
     *
     * @param need     the grid's single need (null for EPDS and random families)
     * @param severity its severity
     */
    public record Sample(int index, SuggestionRequest request, LocalDate date, NeedCategory need, Severity severity) {
    }

    /** Every need × severity × age × risk (none, or one) × protective set, on the days that matter; then EPDS. */
    public List<Sample> grid() {
        List<Sample> samples = new ArrayList<>();
        List<List<RiskFactor>> risks = new ArrayList<>();
        risks.add(List.of());
        for (RiskFactor risk : RiskFactor.values()) {
            risks.add(List.of(risk));
        }
        List<List<ProtectiveFactor>> protective = List.of(List.of(), List.of(ProtectiveFactor.values()),
                List.of(ProtectiveFactor.SUPPORTIVE_PARTNER, ProtectiveFactor.PRESCHOOL_PLACE));
        for (int age : AGES) {
            for (LocalDate day : days(age)) {
                for (NeedCategory need : NeedCategory.values()) {
                    for (Severity severity : Severity.values()) {
                        for (List<RiskFactor> risk : risks) {
                            for (List<ProtectiveFactor> protection : protective) {
                                SuggestionRequest.Builder b = family(age).need(need, severity)
                                        .risks(risk.toArray(RiskFactor[]::new))
                                        .protectiveFactors(protection.toArray(ProtectiveFactor[]::new));
                                samples.add(new Sample(samples.size(), b.build(), day, need, severity));
                            }
                        }
                    }
                }
            }
        }
        severePairs(samples, protective);
        EpdsPolicy epds = ruleSet.manifest().epds();
        for (String form : forms) {
            int cutoff = epds.forms().stream().filter(f -> f.code().equals(form) && f.validated()).map(EpdsForm::positiveFrom)
                    .findFirst().orElse(epds.conservativePositiveFrom());
            List<Integer> totals = List.of(cutoff - 1, cutoff, cutoff + epds.moderateToSevereMargin(), cutoff + epds.wellAboveMargin());
            for (int total : totals) {
                for (int item10 : List.of(0, 1, 3)) {
                    for (int age : List.of(-1, 2, 5)) {
                        for (boolean wellbeingNeed : List.of(false, true)) {
                            int clamped = Math.min(30, Math.max(item10, total));
                            SuggestionRequest.Builder b = family(age).epds(Epds.ofTotal(form, clamped, item10));
                            if (wellbeingNeed) {
                                b.need(NeedCategory.PARENT_WELLBEING, Severity.MODERATE);
                            }
                            samples.add(new Sample(samples.size(), b.build(), reference, null, null));
                        }
                    }
                }
            }
        }
        return samples;
    }

    /** Two needs at SEVERE, every pair, where severe needs count towards the risk floors (first year, pregnancy, later). */
    private void severePairs(List<Sample> samples, List<List<ProtectiveFactor>> protective) {
        NeedCategory[] needs = NeedCategory.values();
        for (int age : List.of(-1, 3, 11, 12, 48, 76)) {
            for (LocalDate day : days(age)) {
                for (int i = 0; i < needs.length; i++) {
                    for (int j = i + 1; j < needs.length; j++) {
                        for (List<ProtectiveFactor> protection : protective) {
                            SuggestionRequest.Builder b = family(age).need(needs[i], Severity.SEVERE).need(needs[j], Severity.SEVERE)
                                    .protectiveFactors(protection.toArray(ProtectiveFactor[]::new));
                            samples.add(new Sample(samples.size(), b.build(), day, needs[i], Severity.SEVERE));
                        }
                    }
                }
            }
        }
    }

    /**
     * A random family, the same for the same index: no need to three needs (a family with none is routed by its risks or
     * gets the fallback), up to three risk factors
     * and two protective factors, an EPDS now and then, a language and a centre now and then, on a
     * day of the year.
     */
    public Sample random(int index) {
        SplittableRandom random = new SplittableRandom(SEED * 31 + index);
        int age = random.nextInt(10) == 0 ? -1 : random.nextInt(SuggestionRequest.MAX_CHILD_AGE_MONTHS + 1);
        SuggestionRequest.Builder b = family(age);
        EnumSet<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
        int needCount = random.nextInt(4);
        while (needs.size() < needCount) {
            needs.add(NeedCategory.values()[random.nextInt(NeedCategory.values().length)]);
        }
        needs.forEach(n -> b.need(n, Severity.values()[random.nextInt(3)]));
        EnumSet<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
        int riskCount = random.nextInt(4);
        for (int i = 0; i < riskCount; i++) {
            risks.add(RiskFactor.values()[random.nextInt(RiskFactor.values().length)]);
        }
        b.risks(risks.toArray(RiskFactor[]::new));
        EnumSet<ProtectiveFactor> protective = EnumSet.noneOf(ProtectiveFactor.class);
        int protectiveCount = random.nextInt(3);
        for (int i = 0; i < protectiveCount; i++) {
            protective.add(ProtectiveFactor.values()[random.nextInt(ProtectiveFactor.values().length)]);
        }
        b.protectiveFactors(protective.toArray(ProtectiveFactor[]::new));
        if (random.nextInt(4) == 0) {
            int item10 = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0;
            String form = forms.get(random.nextInt(forms.size()));
            if (random.nextBoolean()) {
                Integer[] items = new Integer[10];
                for (int i = 0; i < 9; i++) {
                    items[i] = random.nextInt(4);
                }
                items[9] = item10;
                b.epds(Epds.ofItems(form, items));
            } else {
                b.epds(Epds.ofTotal(form, Math.max(item10, random.nextInt(31)), item10));
            }
        }
        if (random.nextInt(4) == 0) {
            b.language(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        List<Centre> centres = ruleSet.catalog().centres();
        if (!centres.isEmpty() && random.nextInt(3) == 0) {
            b.centre(centres.get(random.nextInt(centres.size())).id());
        }
        LocalDate day = LocalDate.of(reference.getYear(), 1, 1).plusDays(random.nextInt(365));
        return new Sample(index, b.build(), day, null, null);
    }

    private List<LocalDate> days(int age) {
        if (age < SCHOOL_AGE) {
            return List.of(reference);
        }
        return List.of(LocalDate.of(reference.getYear(), 3, 15), LocalDate.of(reference.getYear(), 9, 15));
    }

    private static SuggestionRequest.Builder family(int age) {
        SuggestionRequest.Builder b = SuggestionRequest.builder();
        return age < 0 ? b.expecting() : b.childAgeMonths(age);
    }
}
