package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.EpdsForm;

/** Every code a request or pathway uses, with labels, so a page or a system never keeps its own copy. */
@Path("/codes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "codes")
public class CodesResource {
    private final Tenants tenants;

    public CodesResource(Tenants tenants) {
        this.tenants = tenants;
    }

    /** One code with its labels. */
    public record Code(String code, String sv, String en) {
    }

    /** Risk factors as staff look for them, in groups. */
    public record Group(String id, String sv, String en, List<String> codes) {
    }

    /** An EPDS form of the active rule set: its code, name, and cut-off ("a/b", positive at b), or null when none is validated. */
    public record Form(String code, String sv, String en, String cutoff) {
    }

    /** Every code a request or pathway uses, in the order staff should see them. */
    public record Codes(List<Code> needs, List<Code> severities, List<Code> riskFactors, List<Group> riskGroups,
                        List<Code> protectiveFactors, List<Code> urgencies, List<Code> tiers, List<Code> riskLevels,
                        List<Form> epdsForms, int maxChildAgeMonths, int maxChildAgeWeeks) {
    }

    /** Every risk factor is in exactly one group (a test holds this as the enum grows). */
    static final List<Group> RISK_GROUPS = List.of(
            new Group("safety", "Säkerhet", "Safety", names(RiskFactor.DOMESTIC_VIOLENCE,
                    RiskFactor.STAFF_CONCERN_CHILD_SAFETY, RiskFactor.SUBSTANCE_MISUSE)),
            new Group("parent", "Förälderns mående", "The parent's wellbeing", names(RiskFactor.PARENTAL_DEPRESSION,
                    RiskFactor.PARENT_ADVERSE_CHILDHOOD, RiskFactor.YOUNG_PARENT, RiskFactor.PARENTAL_CONFLICT)),
            new Group("child", "Barnet", "The child", names(RiskFactor.CHILD_DEVELOPMENTAL_CONCERN,
                    RiskFactor.PREMATURE_OR_ILL_CHILD)),
            new Group("living", "Ekonomi och boende", "Money and housing", names(RiskFactor.FINANCIAL_HARDSHIP,
                    RiskFactor.UNEMPLOYMENT, RiskFactor.HOUSING_INSTABILITY)),
            new Group("network", "Nätverk och språk", "Network and language", names(RiskFactor.SOCIAL_ISOLATION,
                    RiskFactor.NEWLY_ARRIVED, RiskFactor.LANGUAGE_BARRIER)));

    private static final Codes FIXED = new Codes(codes(NeedCategory.values()), codes(Severity.values()),
            codes(RiskFactor.values()), RISK_GROUPS, codes(ProtectiveFactor.values()), codes(Urgency.values()),
            codes(Tier.values()), codes(RiskLevel.values()), List.of(), SuggestionRequest.MAX_CHILD_AGE_MONTHS,
            SuggestionRequest.MAX_CHILD_AGE_WEEKS);

    @GET
    @Operation(summary = "Every code with its Swedish and English label, risk factors in groups, the active "
            + "rule set's EPDS forms with their cut-offs, the oldest child age in months, and the oldest age given in weeks")
    public Codes codes(@Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        List<Form> forms = tenants.of(caller).engine().get().ruleSet().manifest().epds().forms().stream().map(CodesResource::form).toList();
        return new Codes(FIXED.needs(), FIXED.severities(), FIXED.riskFactors(), FIXED.riskGroups(),
                FIXED.protectiveFactors(), FIXED.urgencies(), FIXED.tiers(), FIXED.riskLevels(), forms,
                SuggestionRequest.MAX_CHILD_AGE_MONTHS, SuggestionRequest.MAX_CHILD_AGE_WEEKS);
    }

    private static Form form(EpdsForm form) {
        return new Form(form.code(), form.name().sv(), form.name().en(), form.cutoff());
    }

    private static List<Code> codes(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Code(v.name(), v.label().sv(), v.label().en())).toList();
    }

    private static List<String> names(RiskFactor... factors) {
        return Arrays.stream(factors).map(Enum::name).toList();
    }
}
