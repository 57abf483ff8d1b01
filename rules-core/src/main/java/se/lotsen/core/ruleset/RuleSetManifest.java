package se.lotsen.core.ruleset;

import java.time.LocalDate;
import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Text;

/**
 * The policy content of {@code ruleset.yaml}: identity, EPDS cut-offs, risk weights, safeguarding
 * duty and contacts, advice on protective factors, and the fallback step.
 */
public record RuleSetManifest(
        String id,
        String version,
        LocalDate effectiveDate,
        Text description,
        EpdsPolicy epds,
        RiskPolicy risk,
        SafeguardingPolicy safeguarding,
        Map<ProtectiveFactor, Text> protectiveAdvice,
        FallbackPolicy fallback) {

    public RuleSetManifest {
        protectiveAdvice = protectiveAdvice == null ? Map.of() : Map.copyOf(protectiveAdvice);
    }
}
