package se.lotsen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import se.lotsen.core.Need;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

/** Turns a valid request into the facts the rules match, with the rule set's forms, weights and floors applied. */
final class FactBuilder {
    private final RuleSetManifest manifest;
    private final EpdsReader epdsReader;
    private final RiskAssessor riskAssessor;

    FactBuilder(RuleSetManifest manifest) {
        this.manifest = manifest;
        this.epdsReader = new EpdsReader(manifest.epds());
        this.riskAssessor = new RiskAssessor(manifest.risk());
    }

    /** The facts of one request, and the notes that explain how they were worked out. */
    record Facts(Family family, List<NeedFact> needs, EpdsFact epds, List<Reason> notes) {
    }

    EpdsReader epdsReader() {
        return epdsReader;
    }

    Facts build(SuggestionRequest request, LocalDate today) {
        int age = request.expectingChild() ? Family.EXPECTING : request.childAgeMonths();
        PreschoolClass school = request.expectingChild() ? PreschoolClass.NOT_YET
                : PreschoolClass.estimate(age, today, manifest.schoolStart());
        Map<NeedCategory, Severity> needs = new EnumMap<>(NeedCategory.class);
        for (Need need : request.needs()) {
            needs.putIfAbsent(need.category(), need.severity());
        }
        EnumSet<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
        risks.addAll(request.riskFactors());
        EnumSet<ProtectiveFactor> protections = EnumSet.noneOf(ProtectiveFactor.class);
        protections.addAll(request.protectiveFactors());
        EpdsFact epds = request.screenings() == null || request.screenings().epds() == null ? null
                : epdsReader.read(request.screenings().epds(), request.expectingChild());
        int weeks = request.childAgeWeeks() == null || request.expectingChild() ? Family.NO_WEEKS : request.childAgeWeeks();
        Family unweighed = EngineAccess.families().create(age, weeks, school.started(), school.uncertain(), risks, protections,
                needs, epds != null && epds.item10() > 0, epds != null && epds.positive(), request.language(), request.centre());
        RiskAssessor.Assessment risk = riskAssessor.assess(unweighed);
        List<Reason> notes = new ArrayList<>(risk.reasons());
        if (school.uncertain()) {
            notes.add(new Reason("preschool-class-estimate", school.started()
                    ? "Barnet har troligen börjat förskoleklass (uppskattat från ålder i månader och dagens datum); "
                            + "kontrollera med föräldern. Före förskoleklass följer BVC barnet."
                    : "Barnet har troligen inte börjat förskoleklass (uppskattat från ålder i månader och dagens datum); "
                            + "kontrollera med föräldern. Från förskoleklass följer elevhälsan barnet.",
                    school.started()
                    ? "The child has probably started förskoleklass (estimated from the age in months and today's date); "
                            + "check with the parent. Before förskoleklass, BVC follows the child."
                    : "The child has probably not started förskoleklass (estimated from the age in months and today's date); "
                            + "check with the parent. From förskoleklass, school health follows the child."));
        }
        List<NeedFact> needFacts = new ArrayList<>(needs.size());
        needs.forEach((category, severity) -> needFacts.add(new NeedFact(category, severity)));
        return new Facts(EngineAccess.families().withRisk(unweighed, risk.level(), risk.score()), needFacts, epds, notes);
    }
}
