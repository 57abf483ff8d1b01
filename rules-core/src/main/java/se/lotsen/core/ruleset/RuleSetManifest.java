package se.lotsen.core.ruleset;

import java.time.LocalDate;
import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Text;

/**
 * The policy content of {@code ruleset.yaml}: identity, EPDS forms and cut-offs, risk weights and
 * floors, safeguarding duty and contacts, advice on protective factors, the start of förskoleklass,
 * the fallback step, and whether parents see translations nobody has checked yet.
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
        FallbackPolicy fallback,
        ParentTextsPolicy parentTexts) {

    public RuleSetManifest {
        protectiveAdvice = protectiveAdvice == null ? Map.of() : Map.copyOf(protectiveAdvice);
        schoolStart = schoolStart == null ? SchoolStartPolicy.DEFAULT : schoolStart;
        parentTexts = parentTexts == null ? ParentTextsPolicy.DEFAULT : parentTexts;
    }
}
