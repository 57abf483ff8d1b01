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
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.FallbackPolicy;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.core.ruleset.SafeguardingPolicy;

/**
 * A small rule set written for the engine's own tests, so they test the mechanism (ordering,
 * merging, escalation, fallback, ages) and not the default policy content.
 */
final class TestRuleSets {
    static final String HEADER = """
            package test.rules;
            import se.lotsen.core.internal.facts.*;
            global se.lotsen.core.internal.Outcome out;
            """;

    static final String RISK = """
            rule "risk"
            when
                accumulate( RiskFact( $w : weight ); $risk : sum( $w ) )
                accumulate( ProtectionFact( $p : weight ); $protection : sum( $p ) )
                RiskThresholds( $elevated : elevatedFrom, $high : highFrom )
            then
                int s = $risk.intValue() - $protection.intValue();
                String level = s >= $high ? "HIGH" : s >= $elevated ? "ELEVATED" : "LOW";
                out.assessRisk( level, s );
                insert( new RiskAssessment( level, s ) );
            end
            """;

    static final String ROUTES = """
            rule "sleep-nurse"
            when NeedFact( category == "SLEEP" )
            then out.route( drools.getRule().getName(), "SLEEP", "NURSE", "ROUTINE", "UNIVERSAL", "sömn", "sleep" );
            end

            rule "sleep-severe-therapist"
            when NeedFact( category == "SLEEP", atLeast("SEVERE") )
            then out.route( drools.getRule().getName(), "SLEEP", "THERAPIST", "WITHIN_WEEK", "INDICATED", "svår sömn", "severe sleep" );
            end

            rule "feeding-nurse"
            when NeedFact( category == "FEEDING" )
            then out.route( drools.getRule().getName(), "FEEDING", "NURSE", "WITHIN_WEEK", "UNIVERSAL", "mat", "feeding" );
            end

            rule "finances-school"
            when NeedFact( category == "FINANCES" )
            then out.route( drools.getRule().getName(), "FINANCES", "SCHOOL_NURSE", "ROUTINE", "UNIVERSAL", "skola", "school" );
            end

            rule "violence"
            when RiskFact( code == "DOMESTIC_VIOLENCE" )
            then
                out.safeguard( drools.getRule().getName(), "SAFETY", "PROTECTION", "SAME_DAY", "skydd", "protection" );
                out.safeguard( drools.getRule().getName(), "SAFETY", "SCHOOL_NURSE", "SAME_DAY", "skydd skola", "protection school" );
                out.contact( "LINE" );
            end

            rule "high"
            when RiskAssessment( level == "HIGH" )
            then out.escalate( drools.getRule().getName(), "INDICATED", 1, "hög", "high" );
            end

            rule "language"
            when RiskFact( code == "LANGUAGE_BARRIER" )
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
        return new RuleSet(manifest(), catalog(), files);
    }

    static RuleSet standard() {
        return ruleSet(RISK + ROUTES);
    }

    static RuleSetManifest manifest() {
        Map<RiskFactor, Integer> weights = new EnumMap<>(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            weights.put(f, 2);
        }
        Map<ProtectiveFactor, Integer> protective = new EnumMap<>(ProtectiveFactor.class);
        for (ProtectiveFactor f : ProtectiveFactor.values()) {
            protective.put(f, 1);
        }
        return new RuleSetManifest("test", "1", LocalDate.of(2026, 1, 1), text("test"),
                new EpdsPolicy(Map.of("sv", 12, "en", 13), "sv", 6),
                new RiskPolicy(weights, protective, 3, 6),
                new SafeguardingPolicy(text("anmälningsplikt"), List.of(
                        new Contact("OTHER", text("other"), "1", text("x")),
                        new Contact("LINE", text("line"), "020", text("y")))),
                Map.of(ProtectiveFactor.SUPPORTIVE_PARTNER, text("partner")),
                new FallbackPolicy("SOCIAL_WORKER", Urgency.WITHIN_WEEK, text("ingen regel")));
    }

    static ServiceCatalog catalog() {
        return new ServiceCatalog(List.of(new Centre("NORTH", text("north"))), List.of(
                service("SOCIAL_WORKER", Tier.SELECTIVE, -1, 83, "sv", "ar"),
                service("NURSE", Tier.UNIVERSAL, 0, 71, "sv"),
                service("THERAPIST", Tier.INDICATED, -1, 83, "sv"),
                service("PROTECTION", Tier.INDICATED, -1, 83, "sv"),
                service("SCHOOL_NURSE", Tier.UNIVERSAL, 72, 83, "sv")));
    }

    private static Service service(String id, Tier tier, int from, int to, String... languages) {
        return new Service(id, text(id), text(id), Provider.REGION, tier, new AgeRange(from, to),
                new Access(List.of(AccessMode.BOOKING), null, text("boka")), List.of(languages), List.of());
    }

    static Text text(String sv) {
        return new Text(sv, sv + " (en)");
    }
}
