package se.lotsen.core.ruleset;

import java.time.LocalDate;
import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Text;

/**
 * The policy content of {@code ruleset.yaml}: identity, EPDS forms and cut-offs, risk weights and
 * floors, safeguarding duty and contacts, advice on protective factors, the start of förskoleklass,
 * and the fallback step.
 */
public record RuleSetManifest(
        String id,
        String version,
        LocalDate effectiveDate,
        Text description,
        EpdsPolicy epds,
        RiskPolicy risk,
        SafeguardingPolicy safeguarding,
        Map<ProtectiveFactor, ProtectiveAdvice> protectiveAdvice,
        SchoolStartPolicy schoolStart,
        FallbackPolicy fallback) {

    public RuleSetManifest {
        protectiveAdvice = protectiveAdvice == null ? Map.of() : Map.copyOf(protectiveAdvice);
        schoolStart = schoolStart == null ? SchoolStartPolicy.DEFAULT : schoolStart;
    }
}
