package se.lotsen.benchmarks;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.Pathway;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.internal.EngineParts;
import se.lotsen.core.internal.Outcome;
import se.lotsen.core.internal.facts.ChildFact;
import se.lotsen.core.internal.facts.EpdsFact;
import se.lotsen.core.internal.facts.NeedFact;
import se.lotsen.core.internal.facts.ProtectionFact;
import se.lotsen.core.internal.facts.RiskFact;
import se.lotsen.core.internal.facts.RiskThresholds;
import se.lotsen.core.ruleset.RuleSet;

/**
 * The baseline: the default rule set's routing written by hand in Java (the DRL rules as if
 * statements, the routing table as an array) feeding the engine's own validation and assembly.
 * What the engine costs over this is what Drools costs. {@code HandCodedRouterTest} checks that
 * both give the same steps on the benchmark mix. Reason texts are placeholders: they do not change
 * the routing, and the benchmark is about routing.
 */
public final class HandCodedRouter {
    private static final String R = "-";
    private final EngineParts parts;

    public HandCodedRouter(RuleSet defaultRuleSet) {
        this.parts = new EngineParts(defaultRuleSet);
    }

    public Pathway suggest(SuggestionRequest request) {
        if (!parts.validator().violations(request).isEmpty()) {
            throw new IllegalArgumentException("invalid request");
        }
        Outcome out = new Outcome();
        route(parts.facts(request), out);
        return parts.assemble(request, out);
    }

    record Row(String name, String need, String severityFrom, String severityTo, String risk, Integer ageFrom,
               Integer ageTo, String service, String urgency, String tier, String sv, String en) {
    }

    private static void route(List<Object> facts, Outcome out) {
        ChildFact child = null;
        EpdsFact epds = null;
        RiskThresholds thresholds = null;
        List<NeedFact> needs = new ArrayList<>();
        List<String> risks = new ArrayList<>();
        int score = 0;
        for (Object fact : facts) {
            if (fact instanceof ChildFact c) {
                child = c;
            } else if (fact instanceof NeedFact n) {
                needs.add(n);
            } else if (fact instanceof RiskFact r) {
                risks.add(r.code());
                score += r.weight();
            } else if (fact instanceof ProtectionFact p) {
                score -= p.weight();
            } else if (fact instanceof EpdsFact e) {
                epds = e;
            } else if (fact instanceof RiskThresholds t) {
                thresholds = t;
            }
        }
        int age = child.ageMonths();
        String level = score >= thresholds.highFrom() ? "HIGH" : score >= thresholds.elevatedFrom() ? "ELEVATED" : "LOW";
        out.assessRisk(level, score);

        boolean violence = risks.contains("DOMESTIC_VIOLENCE");
        boolean safetyNeed = needs.stream().anyMatch(n -> n.category().equals("SAFETY"));
        if (violence || safetyNeed) {
            String id = violence ? "safeguarding-domestic-violence" : "safeguarding-safety-need";
            out.safeguard(id, "SAFETY", "VIOLENCE_SUPPORT", "SAME_DAY", R, R);
            out.safeguard(id, "SAFETY", "SOCIAL_SERVICES_CHILD_PROTECTION", "SAME_DAY", R, R);
            out.contact("KVINNOFRIDSLINJEN");
            out.contact("EMERGENCY_112");
            out.contact("SOCIAL_SERVICES_DUTY");
        }
        if (needs.stream().anyMatch(n -> n.category().equals("SAFETY") && n.severity().equals("SEVERE"))) {
            out.safeguard("safeguarding-safety-need-acute", "SAFETY", "SOCIAL_SERVICES_CHILD_PROTECTION", "EMERGENCY", R, R);
        }
        if (epds != null && epds.item10() > 0) {
            out.safeguard("safeguarding-epds-self-harm", "PARENT_WELLBEING", "PRIMARY_CARE_MENTAL_HEALTH", "SAME_DAY", R, R);
            out.contact("HEALTHCARE_1177");
            out.contact("EMERGENCY_112");
            if (epds.item10() == 3) {
                out.safeguard("safeguarding-epds-self-harm-often", "PARENT_WELLBEING", "PSYCHIATRIC_EMERGENCY", "EMERGENCY", R, R);
            }
        }
        if (risks.contains("STAFF_CONCERN_CHILD_SAFETY")) {
            out.safeguard("safeguarding-staff-concern", null, "SOCIAL_SERVICES_CHILD_PROTECTION", "SAME_DAY", R, R);
            out.contact("SOCIAL_SERVICES_DUTY");
        }
        boolean substance = risks.contains("SUBSTANCE_MISUSE") || needs.stream().anyMatch(n -> n.category().equals("SUBSTANCE"));
        boolean severe = needs.stream().anyMatch(n -> n.severity().equals(Severity.SEVERE.name()));
        if (substance && (age < 12 || severe)) {
            String id = age < 12 ? "safeguarding-substance-infant" : "safeguarding-substance-severe";
            out.safeguard(id, "SUBSTANCE", "ADDICTION_SERVICES", "SAME_DAY", R, R);
            out.safeguard(id, "SUBSTANCE", "SOCIAL_SERVICES_CHILD_PROTECTION", "SAME_DAY", R, R);
            out.contact("SOCIAL_SERVICES_DUTY");
        }
        if (epds != null) {
            if (epds.total() >= epds.cutoff() && epds.total() < epds.wellAboveFrom()) {
                out.route("epds-positive", "PARENT_WELLBEING", "BVC_NURSE", "WITHIN_WEEK", "SELECTIVE", R, R);
                out.route("epds-positive", "PARENT_WELLBEING", "PRIMARY_CARE_MENTAL_HEALTH", "WITHIN_WEEK", "INDICATED", R, R);
            }
            if (epds.total() >= epds.wellAboveFrom()) {
                out.route("epds-well-above", "PARENT_WELLBEING", "BVC_NURSE", "SAME_DAY", "INDICATED", R, R);
                out.route("epds-well-above", "PARENT_WELLBEING", "PRIMARY_CARE_MENTAL_HEALTH", "SAME_DAY", "INDICATED", R, R);
            }
            if (epds.total() < epds.cutoff() && epds.item10() == 0) {
                out.note("epds-below-cutoff", R, R);
            }
            if (!epds.validatedForm()) {
                out.note("epds-form-not-validated", R, R);
            }
        }
        if (level.equals("ELEVATED")) {
            out.escalate("escalation-elevated", "SELECTIVE", 0, R, R);
        }
        if (level.equals("HIGH")) {
            out.escalate("escalation-high", "INDICATED", 1, R, R);
            out.route("escalation-high", null, "CENTRE_SOCIAL_WORKER", "WITHIN_WEEK", "INDICATED", R, R);
        }
        if (!level.equals("LOW") && age <= 11) {
            out.route("escalation-extended-home-visits", null, "EXTENDED_HOME_VISITS", "WITHIN_WEEK", "SELECTIVE", R, R);
        }
        if (risks.contains("LANGUAGE_BARRIER")) {
            out.interpreter("interpreter-language-barrier", R, R);
        }
        if (risks.contains("NEWLY_ARRIVED")) {
            out.route("risk-newly-arrived", "FINANCES", "SOCIAL_INSURANCE_INFO", "ROUTINE", "UNIVERSAL", R, R);
            out.route("risk-newly-arrived", "LONELINESS", "LIBRARY_LANGUAGE", "ROUTINE", "UNIVERSAL", R, R);
        }
        if (risks.contains("YOUNG_PARENT") && age <= 35) {
            out.route("risk-young-parent", "INTERACTION", "PARENT_GROUP_ICDP", "ROUTINE", "SELECTIVE", R, R);
        }
        boolean bvcAge = age >= 0 && age <= 71;
        if (risks.contains("SOCIAL_ISOLATION") && bvcAge) {
            out.route("risk-social-isolation", "LONELINESS", "OPEN_PRESCHOOL", "ROUTINE", "UNIVERSAL", R, R);
        }
        if (risks.contains("PREMATURE_OR_ILL_CHILD") && bvcAge) {
            out.route("risk-premature-or-ill-child", "CHILD_DEVELOPMENT", "BVC_DOCTOR", "ROUTINE", "SELECTIVE", R, R);
        }
        if (risks.contains("CHILD_DEVELOPMENTAL_CONCERN") && bvcAge) {
            out.route("risk-child-developmental-concern", "CHILD_DEVELOPMENT", "BVC_NURSE", "WITHIN_WEEK", "SELECTIVE", R, R);
        }
        if (risks.contains("PARENTAL_DEPRESSION")) {
            out.route("risk-parental-depression", "PARENT_WELLBEING", "PRIMARY_CARE_MENTAL_HEALTH", "WITHIN_WEEK", "INDICATED", R, R);
        }
        if (risks.contains("FINANCIAL_HARDSHIP")) {
            out.route("risk-financial-hardship", "FINANCES", "BUDGET_DEBT_COUNSELLING", "ROUTINE", "SELECTIVE", R, R);
        }
        if (risks.contains("PARENTAL_CONFLICT")) {
            out.route("risk-parental-conflict", "RELATIONSHIP", "FAMILY_COUNSELLING", "ROUTINE", "SELECTIVE", R, R);
        }
        for (NeedFact need : needs) {
            for (Row row : ROWS) {
                if (row.need().equals(need.category())
                        && (row.severityFrom() == null || need.atLeast(row.severityFrom()))
                        && (row.severityTo() == null || need.atMost(row.severityTo()))
                        && (row.risk() == null || row.risk().equals(level))
                        && (row.ageFrom() == null || age >= row.ageFrom())
                        && (row.ageTo() == null || age <= row.ageTo())) {
                    out.route(row.name(), need, row.service()).urgency(row.urgency()).tier(row.tier()).sv(R).en(R);
                }
            }
        }
    }

    /** tables/routing.drl.csv of the default rule set, transcribed. */
    private static final Row[] ROWS = {
            new Row("route-sleep-nurse", "SLEEP", "MILD", "MODERATE", null, 0, 71, "BVC_NURSE", "ROUTINE", "UNIVERSAL", "Sömn: BVC-sjuksköterskan går igenom sömn, dagsrytm och kvällsrutiner och vad som är vanligt i barnets ålder.", "Sleep: the BVC nurse goes through sleep, daily rhythm and bedtime routines, and what is usual at the child's age."),
            new Row("route-sleep-open-preschool", "SLEEP", "MILD", "MODERATE", null, 0, 71, "OPEN_PRESCHOOL", "ROUTINE", "UNIVERSAL", "Sömn: på öppna förskolan kan föräldern prata rutiner med personal och andra föräldrar.", "Sleep: at the open preschool the parent can talk routines with staff and other parents."),
            new Row("route-sleep-severe-nurse", "SLEEP", "SEVERE", "SEVERE", null, 0, 71, "BVC_NURSE", "WITHIN_WEEK", "SELECTIVE", "Svåra sömnproblem: extra besök hos BVC-sjuksköterskan inom en vecka för att kartlägga sömnen.", "Severe sleep problems: an extra visit to the BVC nurse within a week to map the child's sleep."),
            new Row("route-sleep-severe-psychologist", "SLEEP", "SEVERE", "SEVERE", null, 0, 71, "BVC_PSYCHOLOGIST", "WITHIN_WEEK", "INDICATED", "Svåra sömnproblem som tär på familjen: BVC-psykologen ger individuellt stöd med sömnen.", "Severe sleep problems wearing the family down: the BVC psychologist gives individual help with sleep."),
            new Row("route-sleep-expecting", "SLEEP", null, null, null, -1, -1, "MIDWIFE_CLINIC", "ROUTINE", "UNIVERSAL", "Sömn under graviditeten: ta upp det med barnmorskan vid nästa besök.", "Sleep during pregnancy: raise it with the midwife at the next visit."),
            new Row("route-sleep-school-health", "SLEEP", null, null, null, 72, 83, "SCHOOL_HEALTH", "ROUTINE", "UNIVERSAL", "Sömn hos ett barn i förskoleklass: skolsköterskan i elevhälsan följer barnet efter BVC.", "Sleep in a child in preschool class: the school nurse follows the child after BVC."),
            new Row("route-feeding-expecting", "FEEDING", null, null, null, -1, -1, "MIDWIFE_CLINIC", "ROUTINE", "UNIVERSAL", "Mat och amning inför förlossningen: barnmorskan förbereder föräldern på amning och mat under graviditeten.", "Feeding before birth: the midwife prepares the parent for breastfeeding and eating well in pregnancy."),
            new Row("route-feeding-first-weeks-midwife", "FEEDING", null, null, null, 0, 1, "MIDWIFE_CLINIC", "WITHIN_WEEK", "UNIVERSAL", "Amning de första veckorna: barnmorskemottagningen (eller BB:s amningsmottagning) hjälper med amningen.", "Breastfeeding in the first weeks: the midwife clinic (or the maternity ward's breastfeeding clinic) helps."),
            new Row("route-feeding-nurse", "FEEDING", "MILD", "MODERATE", null, 0, 71, "BVC_NURSE", "WITHIN_WEEK", "UNIVERSAL", "Mat, amning eller att sluta amma: BVC-sjuksköterskan följer vikt och tillväxt och ger råd.", "Feeding, breastfeeding or weaning: the BVC nurse follows weight and growth and gives advice."),
            new Row("route-feeding-severe-nurse", "FEEDING", "SEVERE", "SEVERE", null, 0, 71, "BVC_NURSE", "SAME_DAY", "SELECTIVE", "Svåra matproblem: BVC-sjuksköterskan väger barnet och bedömer samma dag.", "Severe feeding problems: the BVC nurse weighs the child and assesses the same day."),
            new Row("route-feeding-severe-doctor", "FEEDING", "SEVERE", "SEVERE", null, 0, 71, "BVC_DOCTOR", "WITHIN_WEEK", "INDICATED", "Svåra matproblem: BVC-läkaren bedömer tillväxten och remitterar vid behov till dietist.", "Severe feeding problems: the BVC doctor assesses growth and refers to a dietitian if needed."),
            new Row("route-feeding-dental", "FEEDING", "MILD", "MODERATE", null, 12, 71, "DENTAL_CARE", "ROUTINE", "UNIVERSAL", "Mat och tänder: tandvården ger råd om socker, nattflaska och tandborstning.", "Food and teeth: dental care advises on sugar, night bottles and tooth brushing."),
            new Row("route-feeding-school-health", "FEEDING", null, null, null, 72, 83, "SCHOOL_HEALTH", "ROUTINE", "UNIVERSAL", "Mat hos ett barn i förskoleklass: skolsköterskan följer vikt och tillväxt.", "Food in a child in preschool class: the school nurse follows weight and growth."),
            new Row("route-finances-social-worker", "FINANCES", null, null, null, -1, 83, "CENTRE_SOCIAL_WORKER", "WITHIN_WEEK", "SELECTIVE", "Ekonomi: familjecentralens socionom ger råd och hjälper att söka rätt stöd.", "Finances: the centre's social worker gives advice and helps apply for the right support."),
            new Row("route-finances-allowances", "FINANCES", null, null, null, -1, 83, "SOCIAL_INSURANCE_INFO", "SELF_SERVICE", "UNIVERSAL", "Ekonomi: kontrollera barnbidrag, föräldrapenning och bostadsbidrag hos Försäkringskassan.", "Finances: check child allowance, parental benefit and housing allowance with Försäkringskassan."),
            new Row("route-finances-debt", "FINANCES", "MODERATE", "SEVERE", null, -1, 83, "BUDGET_DEBT_COUNSELLING", "ROUTINE", "SELECTIVE", "Ekonomi med skulder eller obetalda räkningar: kommunens budget- och skuldrådgivning.", "Finances with debts or unpaid bills: the municipality's budget and debt counselling."),
            new Row("route-finances-acute", "FINANCES", "SEVERE", "SEVERE", null, -1, 83, "ECONOMIC_ASSISTANCE", "SAME_DAY", "INDICATED", "Akut brist på pengar till mat eller hyra: ansök om ekonomiskt bistånd, socialtjänsten gör en akut prövning.", "No money for food or rent: apply for economic assistance; social services can decide urgently."),
            new Row("route-school-admissions", "SCHOOL_START", null, null, null, -1, 83, "SCHOOL_ADMISSIONS", "ROUTINE", "UNIVERSAL", "Förskola och skolstart: kommunens antagningsenhet tar emot ansökan om förskoleplats och skolval.", "Preschool and school start: the municipality's admissions office takes applications for preschool and school."),
            new Row("route-school-help-applying", "SCHOOL_START", "MODERATE", "SEVERE", null, -1, 83, "CENTRE_SOCIAL_WORKER", "ROUTINE", "SELECTIVE", "Föräldern behöver hjälp att ansöka: socionomen på familjecentralen hjälper med ansökan.", "The parent needs help to apply: the centre's social worker helps with the application."),
            new Row("route-relationship-counselling", "RELATIONSHIP", null, null, null, -1, 83, "FAMILY_COUNSELLING", "ROUTINE", "SELECTIVE", "Parrelationen: familjerådgivningen erbjuder samtal för par, även när barnet är litet.", "Couple relationship: family counselling offers talks for couples, also with a small child."),
            new Row("route-relationship-social-worker", "RELATIONSHIP", "MODERATE", "SEVERE", null, -1, 83, "CENTRE_SOCIAL_WORKER", "WITHIN_WEEK", "SELECTIVE", "Parrelationen påverkar vardagen: familjecentralens socionom erbjuder stödsamtal.", "The relationship weighs on daily life: the centre's social worker offers supportive talks."),
            new Row("route-limits-nurse", "LIMIT_SETTING", null, null, null, 0, 71, "BVC_NURSE", "ROUTINE", "UNIVERSAL", "Gränssättning: BVC-sjuksköterskan pratar om trots, utbrott och vad som är vanligt i åldern.", "Setting limits: the BVC nurse talks about defiance, tantrums and what is usual at this age."),
            new Row("route-limits-parent-group", "LIMIT_SETTING", null, null, null, 12, 83, "PARENT_GROUP_ICDP", "ROUTINE", "UNIVERSAL", "Gränssättning: föräldragrupp i Vägledande samspel (ICDP) om att sätta gränser med värme.", "Setting limits: an ICDP parent group on setting limits with warmth."),
            new Row("route-limits-expecting", "LIMIT_SETTING", null, null, null, -1, -1, "PARENT_GROUP_ICDP", "ROUTINE", "UNIVERSAL", "Gränssättning inför föräldraskapet eller med ett äldre syskon: föräldragrupp i Vägledande samspel redan under graviditeten.", "Setting limits before parenthood or with an older sibling: an ICDP parent group already during pregnancy."),
            new Row("route-limits-severe-family-therapist", "LIMIT_SETTING", "SEVERE", "SEVERE", null, 12, 83, "FAMILY_THERAPIST", "WITHIN_WEEK", "INDICATED", "Svåra konflikter kring gränser: familjebehandlare ger individuellt stöd till familjen.", "Severe conflicts over limits: a family therapist gives the family individual support."),
            new Row("route-interaction-nurse", "INTERACTION", null, null, null, 0, 71, "BVC_NURSE", "WITHIN_WEEK", "UNIVERSAL", "Samspel och anknytning: BVC-sjuksköterskan observerar samspelet och stärker det som fungerar.", "Interaction and attachment: the BVC nurse observes the interaction and strengthens what works."),
            new Row("route-interaction-parent-group", "INTERACTION", "MILD", "MODERATE", null, -1, 83, "PARENT_GROUP_ICDP", "ROUTINE", "SELECTIVE", "Samspel och anknytning: föräldragrupp i Vägledande samspel (ICDP).", "Interaction and attachment: an ICDP parent group."),
            new Row("route-interaction-family-therapist-severe", "INTERACTION", "SEVERE", "SEVERE", null, -1, 83, "FAMILY_THERAPIST", "WITHIN_WEEK", "INDICATED", "Allvarlig otrygghet hos barnet eller svårt samspel: familjebehandlare ger individuellt stöd.", "A very insecure child or difficult interaction: a family therapist gives individual support."),
            new Row("route-interaction-family-therapist-elevated-risk", "INTERACTION", null, null, "ELEVATED", -1, 83, "FAMILY_THERAPIST", "WITHIN_WEEK", "INDICATED", "Samspelssvårigheter i en familj med flera riskfaktorer: familjebehandlare från socialtjänsten.", "Interaction difficulties in a family with several risk factors: a family therapist from social services."),
            new Row("route-interaction-family-therapist-high-risk", "INTERACTION", null, null, "HIGH", -1, 83, "FAMILY_THERAPIST", "WITHIN_WEEK", "INDICATED", "Samspelssvårigheter i en familj med hög samlad risk: familjebehandlare från socialtjänsten.", "Interaction difficulties in a family at high combined risk: a family therapist from social services."),
            new Row("route-peers-open-preschool", "PEER_RELATIONS", null, null, null, 0, 71, "OPEN_PRESCHOOL", "ROUTINE", "UNIVERSAL", "Kamratrelationer: på öppna förskolan leker barnet med andra barn med föräldern nära.", "Peer relations: at the open preschool the child plays with other children with the parent close by."),
            new Row("route-peers-parent-group", "PEER_RELATIONS", null, null, null, 12, 83, "PARENT_GROUP_ICDP", "ROUTINE", "UNIVERSAL", "Kamratrelationer: föräldragrupp om barns samspel; prata också med förskolans pedagoger.", "Peer relations: a parent group on children's play together; also talk with the preschool teachers."),
            new Row("route-peers-expecting", "PEER_RELATIONS", null, null, null, -1, -1, "PARENT_GROUP_ICDP", "ROUTINE", "UNIVERSAL", "Kamratrelationer när familjen väntar barn (ofta ett äldre syskon): föräldragrupp om barns samspel.", "Peer relations while the family is expecting (often an older sibling): a parent group on children's play together."),
            new Row("route-wellbeing-midwife", "PARENT_WELLBEING", null, null, null, -1, -1, "MIDWIFE_CLINIC", "WITHIN_WEEK", "SELECTIVE", "Förälderns mående under graviditeten: stödsamtal hos barnmorskan.", "The parent's wellbeing in pregnancy: supportive talks with the midwife."),
            new Row("route-wellbeing-nurse-talks", "PARENT_WELLBEING", null, null, null, 0, 71, "BVC_NURSE", "WITHIN_WEEK", "SELECTIVE", "Förälderns mående: stödsamtal hos BVC-sjuksköterskan; erbjud EPDS.", "The parent's wellbeing: supportive talks with the BVC nurse; offer EPDS."),
            new Row("route-wellbeing-primary-care", "PARENT_WELLBEING", "MODERATE", "SEVERE", null, -1, 83, "PRIMARY_CARE_MENTAL_HEALTH", "WITHIN_WEEK", "INDICATED", "Nedstämdhet som håller i sig: vårdcentralens psykosociala team bedömer och behandlar.", "Low mood that persists: the primary care mental-health team assesses and treats."),
            new Row("route-wellbeing-severe-psychologist", "PARENT_WELLBEING", "SEVERE", "SEVERE", null, 0, 71, "BVC_PSYCHOLOGIST", "WITHIN_WEEK", "INDICATED", "Svårt mående som påverkar föräldraskapet: BVC-psykologen stödjer föräldern och samspelet.", "Severe distress affecting parenting: the BVC psychologist supports the parent and the interaction."),
            new Row("route-wellbeing-mild-older-child", "PARENT_WELLBEING", "MILD", "MILD", null, 72, 83, "PRIMARY_CARE_MENTAL_HEALTH", "ROUTINE", "SELECTIVE", "Förälderns mående när barnet gått vidare från BVC: vårdcentralen.", "The parent's wellbeing after the child has left BVC: the health centre."),
            new Row("route-loneliness-open-preschool", "LONELINESS", null, null, null, 0, 71, "OPEN_PRESCHOOL", "ROUTINE", "UNIVERSAL", "Ensamhet: öppna förskolan är en plats att träffa andra föräldrar; följ gärna med första gången.", "Loneliness: the open preschool is a place to meet other parents; walk along the first time."),
            new Row("route-loneliness-parent-group", "LONELINESS", null, null, null, -1, 83, "PARENT_GROUP_ICDP", "ROUTINE", "UNIVERSAL", "Ensamhet: en föräldragrupp ger kontakt med andra i samma situation.", "Loneliness: a parent group gives contact with others in the same situation."),
            new Row("route-loneliness-library", "LONELINESS", null, null, null, -1, 83, "LIBRARY_LANGUAGE", "SELF_SERVICE", "UNIVERSAL", "Ensamhet: biblioteket har sagostunder, Bokstart och språkcafé.", "Loneliness: the library has story times, Bokstart and a language café."),
            new Row("route-development-nurse", "CHILD_DEVELOPMENT", "MILD", "MODERATE", null, 0, 71, "BVC_NURSE", "WITHIN_WEEK", "UNIVERSAL", "Barnets utveckling: BVC-sjuksköterskan gör en utvecklingsbedömning.", "The child's development: the BVC nurse does a developmental check."),
            new Row("route-development-doctor", "CHILD_DEVELOPMENT", "MODERATE", "SEVERE", null, 0, 71, "BVC_DOCTOR", "WITHIN_WEEK", "INDICATED", "Tydlig oro för utvecklingen: BVC-läkaren undersöker barnet och remitterar vid behov.", "Clear concern about development: the BVC doctor examines the child and refers if needed."),
            new Row("route-development-speech", "CHILD_DEVELOPMENT", "MODERATE", "SEVERE", null, 18, 83, "SPEECH_THERAPIST", "ROUTINE", "INDICATED", "Språket: remiss till logoped via BVC eller elevhälsan.", "Language: referral to a speech therapist through BVC or school health."),
            new Row("route-development-library", "CHILD_DEVELOPMENT", "MILD", "MILD", null, 0, 83, "LIBRARY_LANGUAGE", "SELF_SERVICE", "UNIVERSAL", "Språket: läs tillsammans; biblioteket och Bokstart har böcker för barnets ålder och på modersmålet.", "Language: read together; the library and Bokstart have books for the child's age and in the home language."),
            new Row("route-development-school-health", "CHILD_DEVELOPMENT", null, null, null, 72, 83, "SCHOOL_HEALTH", "WITHIN_WEEK", "SELECTIVE", "Barnets utveckling i förskoleklass: elevhälsan (skolsköterska, psykolog) bedömer.", "The child's development in preschool class: school health (nurse, psychologist) assesses."),
            new Row("route-development-expecting", "CHILD_DEVELOPMENT", null, null, null, -1, -1, "MIDWIFE_CLINIC", "ROUTINE", "UNIVERSAL", "Frågor om barnets utveckling under graviditeten: barnmorskan följer fostrets tillväxt och svarar på frågor.", "Questions about the baby's development in pregnancy: the midwife follows the baby's growth and answers questions."),
            new Row("route-housing-social-worker", "HOUSING", null, null, null, -1, 83, "CENTRE_SOCIAL_WORKER", "WITHIN_WEEK", "SELECTIVE", "Boende: familjecentralens socionom hjälper att se över boendet och vart familjen kan vända sig.", "Housing: the centre's social worker helps look at the housing situation and where to turn."),
            new Row("route-housing-allowance", "HOUSING", null, null, null, -1, 83, "SOCIAL_INSURANCE_INFO", "SELF_SERVICE", "UNIVERSAL", "Boende: kontrollera rätten till bostadsbidrag hos Försäkringskassan.", "Housing: check the right to housing allowance with Försäkringskassan."),
            new Row("route-housing-acute", "HOUSING", "SEVERE", "SEVERE", null, -1, 83, "ECONOMIC_ASSISTANCE", "SAME_DAY", "INDICATED", "Familjen riskerar att stå utan bostad: socialtjänsten samma dag för akut boende och bistånd.", "The family may be without a home: social services the same day for emergency housing and assistance."),
            new Row("route-substance-addiction-services", "SUBSTANCE", null, null, null, -1, 83, "ADDICTION_SERVICES", "WITHIN_WEEK", "INDICATED", "Alkohol eller droger: beroendevården (beroendemottagningen) ger bedömning och behandling.", "Alcohol or drugs: addiction services assess and treat."),
            new Row("route-substance-social-worker", "SUBSTANCE", "MILD", "MODERATE", null, -1, 83, "CENTRE_SOCIAL_WORKER", "WITHIN_WEEK", "SELECTIVE", "Alkohol eller droger i familjen: socionomen pratar om hur barnet påverkas och vilken hjälp som finns.", "Alcohol or drugs in the family: the social worker talks about how the child is affected and what help there is."),
            new Row("route-pregnancy-midwife", "PREGNANCY", "MILD", "MODERATE", null, -1, 83, "MIDWIFE_CLINIC", "WITHIN_WEEK", "UNIVERSAL", "Graviditet eller förlossning: barnmorskemottagningen; efter förlossningen också efterkontroll och samtal om förlossningen.", "Pregnancy or birth: the midwife clinic; after birth also the postnatal check and a talk about the birth."),
            new Row("route-pregnancy-midwife-severe", "PREGNANCY", "SEVERE", "SEVERE", null, -1, 83, "MIDWIFE_CLINIC", "SAME_DAY", "SELECTIVE", "Stark oro inför eller efter förlossningen: barnmorskan samma dag, vid behov förlossningsrädsleteam.", "Strong fear before or after birth: the midwife the same day, and the fear-of-childbirth team if needed.")
    };
}
