package se.lotsen.core;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.catalog.Access;
import se.lotsen.core.catalog.AccessMode;
import se.lotsen.core.catalog.AgeRange;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Provider;
import se.lotsen.core.catalog.SchoolStage;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceKind;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.FallbackPolicy;
import se.lotsen.core.ruleset.FamilySignal;
import se.lotsen.core.ruleset.LegalReference;
import se.lotsen.core.ruleset.ProtectiveAdvice;
import se.lotsen.core.ruleset.RiskFloor;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RoutingTable;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.core.ruleset.SafeguardingPolicy;
import se.lotsen.core.ruleset.SchoolStartPolicy;
import se.lotsen.core.ruleset.Weight;

/**
 * A small rule set written for the engine's own tests, so they test the mechanism (ordering,
 * merging, escalation, fallback, ages, floors) and not the default policy content.
 */
final class TestRuleSets {
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static final String HEADER = """
            package test.rules;
            import se.lotsen.core.vocabulary.*;
            import se.lotsen.core.NeedCategory;
            import se.lotsen.core.RiskFactor;
            import se.lotsen.core.RiskLevel;
            import se.lotsen.core.Severity;
            import se.lotsen.core.Tier;
            import se.lotsen.core.Urgency;
            global se.lotsen.core.vocabulary.Advice out;
            """;

    static final String RULES = """
            rule "sleep-severe-therapist"
            when NeedFact( category == NeedCategory.SLEEP, severity == Severity.SEVERE )
            then out.route( drools.getRule().getName(), NeedCategory.SLEEP, "THERAPIST", Urgency.WITHIN_WEEK, Tier.INDICATED, "svår sömn", "severe sleep" );
            end

            rule "violence"
            when Family( violence )
            then
                out.safeguard( drools.getRule().getName(), NeedCategory.SAFETY, "PROTECTION", Urgency.SAME_DAY, "skydd", "protection" );
                out.safeguard( drools.getRule().getName(), NeedCategory.SAFETY, "SCHOOL_NURSE", Urgency.WITHIN_WEEK, "skydd skola", "protection school" );
                out.contact( drools.getRule().getName(), "LINE" );
            end

            rule "high"
            when Family( riskLevel == RiskLevel.HIGH )
            then
                out.escalate( drools.getRule().getName(), Tier.INDICATED, 1, "hög", "high" );
                out.route( drools.getRule().getName(), null, "SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.INDICATED, "uppföljning", "follow-up" );
            end

            rule "language"
            when Family( hasRisk(RiskFactor.LANGUAGE_BARRIER) )
            then out.interpreter( drools.getRule().getName(), "tolk", "interpreter" );
            end
            """;

    private TestRuleSets() {
    }

    static RuleSet ruleSet(String... drlBodies) {
        List<RuleFile> files = new ArrayList<>();
        for (int i = 0; i < drlBodies.length; i++) {
            files.add(new RuleFile("rules/test" + i + ".drl", (HEADER + drlBodies[i]).getBytes(StandardCharsets.UTF_8)));
        }
        return new RuleSet(manifest(), catalog(), files, List.of(table()));
    }

    static RuleSet standard() {
        return ruleSet(RULES);
    }

    static PathwayEngine engine(RuleSet ruleSet) {
        return PathwayEngine.builder().ruleSet(ruleSet)
                .clock(java.time.Clock.fixed(DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC))
                .build();
    }

    /** Sleep and feeding to the nurse before förskoleklass, finances to the school nurse after it. */
    static RoutingTable table() {
        return new RoutingTable("tables/routing.csv", List.of(
                row("sleep-nurse", NeedCategory.SLEEP, null, false, "NURSE", Urgency.ROUTINE, Tier.UNIVERSAL, "sömn"),
                row("feeding-nurse", NeedCategory.FEEDING, null, false, "NURSE", Urgency.WITHIN_WEEK, Tier.UNIVERSAL, "mat"),
                row("finances-school", NeedCategory.FINANCES, null, null, "SCHOOL_NURSE", Urgency.ROUTINE, Tier.UNIVERSAL, "skola"),
                row("loneliness-group", NeedCategory.LONELINESS, null, null, "GROUP", Urgency.ROUTINE, Tier.UNIVERSAL, "grupp"),
                row("housing-info", NeedCategory.HOUSING, null, null, "INFO", Urgency.SELF_SERVICE, Tier.UNIVERSAL, "info"),
                row("housing-arabic", NeedCategory.HOUSING, "ar", null, "SOCIAL_WORKER", Urgency.ROUTINE, Tier.UNIVERSAL, "arabiska")));
    }

    static RoutingRow row(String name, NeedCategory need, String language, Boolean preschoolClass, String service,
                          Urgency urgency, Tier tier, String sv) {
        return new RoutingRow(name, 2, need, null, null, null, null, preschoolClass, null, null, null, language, null, service,
                urgency, tier, sv, sv + " (en)");
    }

    static RuleSetManifest manifest() {
        Map<RiskFactor, Weight> weights = new EnumMap<>(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            weights.put(f, new Weight(2, "why"));
        }
        Map<ProtectiveFactor, Weight> protective = new EnumMap<>(ProtectiveFactor.class);
        for (ProtectiveFactor f : ProtectiveFactor.values()) {
            protective.put(f, new Weight(1, null));
        }
        return new RuleSetManifest("test", "1", LocalDate.of(2026, 1, 1), text("test"),
                new EpdsPolicy(List.of(new EpdsForm("sv", List.of(), text("svenska"), "11/12"),
                        new EpdsForm("en", List.of(), text("engelska"), "12/13"),
                        new EpdsForm("fa", List.of("fa-IR"), text("farsi"), "12/13"),
                        new EpdsForm("fa-AF", List.of("prs"), text("dari"), null)), "sv", 0, 6, null, DAY),
                new RiskPolicy(weights, protective, 3, 6,
                        List.of(new RiskFloor("floor-violence", List.of(FamilySignal.VIOLENCE), RiskLevel.ELEVATED, text("golv"))),
                        RiskFactor.PARENTAL_DEPRESSION),
                new SafeguardingPolicy(text("anmälningsplikt"), text("väntar barn"),
                        new LegalReference("Lagen", "1 §", null, DAY), List.of(
                        new Contact("OTHER", text("other"), "1", text("x"), text("alla"), DAY),
                        new Contact("LINE", text("line"), "020", text("y"), text("alla"), DAY))),
                Map.of(ProtectiveFactor.SUPPORTIVE_PARTNER, new ProtectiveAdvice(text("partner"), true),
                        ProtectiveFactor.SOCIAL_NETWORK, new ProtectiveAdvice(text("nätverk"), null)),
                SchoolStartPolicy.DEFAULT,
                new FallbackPolicy("SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.UNIVERSAL, text("ingen regel")), null);
    }

    static ServiceCatalog catalog() {
        return new ServiceCatalog(List.of(new Centre("NORTH", text("Norr"), null, null, null),
                new Centre("SOUTH", text("Söder"), null, null, null)), List.of(
                service("SOCIAL_WORKER", Tier.SELECTIVE, ServiceKind.CONTACT, -1, 83, SchoolStage.ANY, List.of(), "sv", "ar"),
                service("NURSE", Tier.UNIVERSAL, ServiceKind.CONTACT, 0, 83, SchoolStage.BEFORE_PRESCHOOL_CLASS, List.of("NORTH"), "sv"),
                service("THERAPIST", Tier.INDICATED, ServiceKind.CONTACT, -1, 83, SchoolStage.ANY, List.of("SOUTH"), "sv"),
                service("PROTECTION", Tier.INDICATED, ServiceKind.CONTACT, -1, 83, SchoolStage.ANY, List.of(), "sv"),
                service("GROUP", Tier.UNIVERSAL, ServiceKind.PROGRAMME, -1, 83, SchoolStage.ANY, List.of(), "sv"),
                service("INFO", Tier.UNIVERSAL, ServiceKind.INFORMATION, -1, 83, SchoolStage.ANY, List.of(), "sv"),
                service("SCHOOL_NURSE", Tier.UNIVERSAL, ServiceKind.CONTACT, 60, 83, SchoolStage.FROM_PRESCHOOL_CLASS, List.of(), "sv")));
    }

    private static Service service(String id, Tier tier, ServiceKind kind, int from, int to, SchoolStage stage,
                                   List<String> centres, String... languages) {
        return new Service(id, text(id), text(id), Provider.REGION, tier, kind, new AgeRange(from, to), stage,
                new Access(List.of(AccessMode.BOOKING), null, text("boka"), null, null, null), List.of(languages), centres, Map.of());
    }

    static Text text(String sv) {
        return new Text(sv, sv + " (en)");
    }
}
