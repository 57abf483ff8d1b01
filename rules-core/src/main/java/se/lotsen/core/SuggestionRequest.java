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
import se.lotsen.core.internal.validation.WeeksAgreeWithMonths;

/**
 * What staff or a system asks: codes, numbers and booleans about a family's situation, never
 * anything that identifies a person. Either {@code childAgeMonths} or {@code expecting: true}. Under three
 * months the age may also be told in whole weeks ({@code childAgeWeeks}, beside the months it agrees with): the
 * first weeks decide things months cannot (EPDS is read at 6–8 weeks, not before about 4).
 */
@ChildAgeOrExpecting
@WeeksAgreeWithMonths
public record SuggestionRequest(
        @Min(value = 0, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_MONTHS + " months")
        @Max(value = SuggestionRequest.MAX_CHILD_AGE_MONTHS, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_MONTHS
                + " months")
        Integer childAgeMonths,
        @Min(value = 0, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_WEEKS + " weeks (under three months)")
        @Max(value = SuggestionRequest.MAX_CHILD_AGE_WEEKS, message = "must be between 0 and " + SuggestionRequest.MAX_CHILD_AGE_WEEKS
                + " weeks (under three months); give an older child's age in months only")
        Integer childAgeWeeks,
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

    /** The oldest age in whole weeks a request may give: 12 weeks, the last whole week under three months. */
    public static final int MAX_CHILD_AGE_WEEKS = 12;

    /** A request without weeks, as before they could be given. */
    public SuggestionRequest(Integer childAgeMonths, Boolean expecting, List<Need> needs, List<RiskFactor> riskFactors,
                             List<ProtectiveFactor> protectiveFactors, Screenings screenings, String language, String centre) {
        this(childAgeMonths, null, expecting, needs, riskFactors, protectiveFactors, screenings, language, centre);
    }

    /**
     * Whether a child of {@code weeks} whole weeks (7·weeks to 7·weeks + 6 days old) can be {@code months} whole
     * months old, with calendar months of 28 to 31 days: 4 weeks is 0 or 1 month, 7 weeks 1 month, 9 weeks 2.
     */
    public static boolean weeksAgreeWithMonths(int weeks, int months) {
        int youngestDays = 7 * weeks;
        int oldestDays = 7 * weeks + 6;
        return months >= youngestDays / 31 && months <= oldestDays / 28;
    }

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
        private Integer childAgeWeeks;
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

        /** The age in whole weeks, under three months; give the months too. */
        public Builder childAgeWeeks(int weeks) {
            this.childAgeWeeks = weeks;
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
            return new SuggestionRequest(childAgeMonths, childAgeWeeks, expecting, needs, risks, protective, screenings, language, centre);
        }
    }
}
