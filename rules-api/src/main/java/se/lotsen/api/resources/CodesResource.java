package se.lotsen.api.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

@Path("/codes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "codes")
public class CodesResource {

    /** One code with its labels. */
    public record Code(String code, String sv, String en) {
    }

    /** Every code a request or pathway uses, in the order staff should see them. */
    public record Codes(List<Code> needs, List<Code> severities, List<Code> riskFactors,
                        List<Code> protectiveFactors, List<Code> urgencies, List<Code> tiers, List<Code> riskLevels) {
    }

    private static final Codes CODES = new Codes(codes(NeedCategory.values()), codes(Severity.values()),
            codes(RiskFactor.values()), codes(ProtectiveFactor.values()), codes(Urgency.values()),
            codes(Tier.values()), codes(RiskLevel.values()));

    @GET
    @Operation(summary = "Every code with its Swedish and English label")
    public Codes codes() {
        return CODES;
    }

    private static List<Code> codes(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Code(v.name(), v.label().sv(), v.label().en())).toList();
    }
}
