package se.lotsen.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.internal.validation.ChildAgeOrExpecting;
import se.lotsen.core.internal.validation.ListCopies;

/**
 * What staff or a system asks: codes, numbers and booleans about a family's situation, never
 * anything that identifies a person. Either {@code childAgeMonths} or {@code expecting: true}.
 */
@ChildAgeOrExpecting
public record SuggestionRequest(
        @Min(value = 0, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_MONTHS + " months")
        @Max(value = SuggestionRequest.MAX_CHILD_AGE_MONTHS, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_MONTHS
                + " months")
        Integer childAgeMonths,
        Boolean expecting,
        @Size(max = 15, message = "lists at most one entry per need category")
        List<@NotNull(message = "must not be null") @Valid Need> needs,
        @Size(max = 15, message = "lists at most each risk factor once")
        List<@NotNull(message = "must not be null") RiskFactor> riskFactors,
        @Size(max = 8, message = "lists at most each protective factor once")
        List<@NotNull(message = "must not be null") ProtectiveFactor> protectiveFactors,
        @Valid Screenings screenings,
        // prs (Dari, ISO 639-3) because ISO 639-1 has no code for it and the parent's page speaks it.
        @Pattern(regexp = "[a-z]{2}|prs", message = "must be an ISO 639-1 code of two lowercase letters, such as sv, en, ar, "
                + "or prs for Dari")
        String language,
        @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "must be a centre id from the catalog")
        String centre) {

    /**
     * The oldest child Lotsen advises on: 6 years and 11 months, the last month before most children start school.
     * Every age check, table, catalog range and page takes it from here.
     */
    public static final int MAX_CHILD_AGE_MONTHS = 83;

    public SuggestionRequest {
        needs = ListCopies.of(needs);
        riskFactors = ListCopies.of(riskFactors);
        protectiveFactors = ListCopies.of(protectiveFactors);
    }

    /** True when the family is expecting a child rather than telling a child's age. */
    public boolean expectingChild() {
        return Boolean.TRUE.equals(expecting);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds requests in Java code; the JSON form needs none of it. */
    public static final class Builder {
        private Integer childAgeMonths;
        private Boolean expecting;
        private final ArrayList<Need> needs = new ArrayList<>();
        private final ArrayList<RiskFactor> risks = new ArrayList<>();
        private final ArrayList<ProtectiveFactor> protective = new ArrayList<>();
        private Screenings screenings;
        private String language;
        private String centre;

        public Builder childAgeMonths(int months) {
            this.childAgeMonths = months;
            return this;
        }

        public Builder expecting() {
            this.expecting = true;
            return this;
        }

        public Builder need(NeedCategory category, Severity severity) {
            needs.add(new Need(category, severity));
            return this;
        }

        public Builder need(NeedCategory category) {
            return need(category, null);
        }

        public Builder risks(RiskFactor... factors) {
            risks.addAll(List.of(factors));
            return this;
        }

        public Builder protectiveFactors(ProtectiveFactor... factors) {
            protective.addAll(List.of(factors));
            return this;
        }

        public Builder epds(Epds epds) {
            this.screenings = new Screenings(epds);
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder centre(String centre) {
            this.centre = centre;
            return this;
        }

        public SuggestionRequest build() {
            return new SuggestionRequest(childAgeMonths, expecting, needs, risks, protective, screenings, language, centre);
        }
    }
}
