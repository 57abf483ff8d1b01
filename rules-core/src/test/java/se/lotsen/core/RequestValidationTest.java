package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear error naming the field, and no pathway. */
class RequestValidationTest {
    private static PathwayEngine engine;

    @BeforeAll
    static void build() {
        engine = TestRuleSets.engine(TestRuleSets.standard());
    }

    private static List<Violation> violations(SuggestionRequest request) {
        return catchThrowableOfType(InvalidRequestException.class, () -> engine.suggest(request)).violations();
    }

    private static SuggestionRequest withEpds(Epds epds) {
        return SuggestionRequest.builder().childAgeMonths(2).epds(epds).build();
    }

    @Test
    void ageMustBeGivenOrExpectingButNotBoth() {
        assertThat(violations(new SuggestionRequest(null, null, null, null, null, null, null, null)))
                .extracting(Violation::field).containsExactly("childAgeMonths");
        assertThat(violations(new SuggestionRequest(5, true, null, null, null, null, null, null)))
                .extracting(Violation::field).containsExactly("childAgeMonths");
        assertThat(violations(new SuggestionRequest(null, false, null, null, null, null, null, null)))
                .extracting(Violation::field).containsExactly("childAgeMonths");
    }

    @Test
    void ageOutsideZeroToEightyThreeNamesTheRange() {
        Violation v = violations(SuggestionRequest.builder().childAgeMonths(-1).build()).get(0);

        assertThat(v.field()).isEqualTo("childAgeMonths");
        assertThat(v.message()).contains("0 and 83");
        assertThat(v.allowed()).containsExactly("0..83");
    }

    @Test
    void weeksUnderThreeMonthsComeWithTheMonthsTheyAgreeWith() {
        assertThat(engine.suggest(SuggestionRequest.builder().childAgeMonths(1).childAgeWeeks(7).build()).steps()).isNotEmpty();
        assertThat(engine.suggest(SuggestionRequest.builder().childAgeMonths(0).childAgeWeeks(4).build()).steps()).isNotEmpty();
        assertThat(engine.suggest(SuggestionRequest.builder().childAgeMonths(1).childAgeWeeks(4).build()).steps()).isNotEmpty();

        Violation disagreeing = violations(SuggestionRequest.builder().childAgeMonths(0).childAgeWeeks(7).build()).get(0);
        assertThat(disagreeing.field()).isEqualTo("childAgeWeeks");
        assertThat(disagreeing.message()).contains("7 weeks: 1");
        assertThat(violations(SuggestionRequest.builder().childAgeMonths(2).childAgeWeeks(4).build()))
                .extracting(Violation::field).containsExactly("childAgeWeeks");
        assertThat(violations(new SuggestionRequest(null, 3, true, null, null, null, null, null, null)))
                .extracting(Violation::field).containsExactly("childAgeWeeks");
        assertThat(violations(new SuggestionRequest(null, 3, null, null, null, null, null, null, null)))
                .extracting(Violation::field).contains("childAgeMonths");
    }

    @Test
    void weeksPastTwelveNameTheRangeAndSayToUseMonths() {
        Violation v = violations(SuggestionRequest.builder().childAgeMonths(3).childAgeWeeks(13).build()).get(0);

        assertThat(v.field()).isEqualTo("childAgeWeeks");
        assertThat(v.message()).contains("0 and 12 weeks", "months only");
        assertThat(v.allowed()).containsExactly("0..12");
    }

    @Test
    void weeksAgreeWithTheMonthsACalendarAllows() {
        assertThat(SuggestionRequest.weeksAgreeWithMonths(0, 0)).isTrue();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(4, 0)).isTrue();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(4, 1)).isTrue();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(7, 1)).isTrue();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(7, 0)).isFalse();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(7, 2)).isFalse();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(9, 2)).isTrue();
        assertThat(SuggestionRequest.weeksAgreeWithMonths(3, 1)).isFalse();
    }

    @Test
    void aNullNeedAndAMissingCategoryAreNamedByIndex() {
        SuggestionRequest request = new SuggestionRequest(3, null,
                Arrays.asList(new Need(NeedCategory.SLEEP, null), null, new Need(null, Severity.MILD)),
                null, null, null, null, null);

        assertThat(violations(request)).extracting(Violation::field).containsExactly("needs[1]", "needs[2].category");
    }

    @Test
    void aNeedListedTwiceIsRefused() {
        assertThat(violations(SuggestionRequest.builder().childAgeMonths(3)
                .need(NeedCategory.SLEEP).need(NeedCategory.SLEEP, Severity.SEVERE).build()))
                .extracting(Violation::field).containsExactly("needs[1].category");
    }

    @Test
    void epdsItemsMustBeTenScoresFromZeroToThree() {
        assertThat(violations(withEpds(Epds.ofItems("sv", 1, 1, 1))))
                .extracting(Violation::field).containsExactly("screenings.epds.items");
        assertThat(violations(withEpds(Epds.ofItems("sv", 1, 1, 1, 4, 1, 1, 1, 1, 1, 0))))
                .extracting(Violation::field).containsExactly("screenings.epds.items[3]");
    }

    @Test
    void epdsTotalAndItemsMustAgree() {
        Epds disagreeing = new Epds(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), 12, null, "sv");
        Violation v = violations(withEpds(disagreeing)).get(0);

        assertThat(v.field()).isEqualTo("screenings.epds.total");
        assertThat(v.message()).contains("9");
        assertThat(violations(withEpds(new Epds(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 0), null, 2, "sv"))))
                .extracting(Violation::field).containsExactly("screenings.epds.item10");
    }

    @Test
    void epdsNeedsItemsOrTotalWithItem10AndTheFormsLanguage() {
        assertThat(violations(withEpds(new Epds(null, 14, null, "sv"))))
                .extracting(Violation::field).containsExactly("screenings.epds.item10");
        assertThat(violations(withEpds(new Epds(null, 14, 0, null))))
                .extracting(Violation::field).containsExactly("screenings.epds.language");
        assertThat(violations(withEpds(Epds.ofTotal("sv", 31, 0))))
                .extracting(Violation::field).containsExactly("screenings.epds.total");
        assertThat(violations(withEpds(Epds.ofTotal("sv", 2, 3))))
                .extracting(Violation::field).containsExactly("screenings.epds.item10");
    }

    @Test
    void languagesMustBeIsoCodes() {
        assertThat(violations(SuggestionRequest.builder().childAgeMonths(3).language("svenska").build()))
                .extracting(Violation::field).containsExactly("language");
        assertThat(violations(SuggestionRequest.builder().childAgeMonths(3).language("qq").build()))
                .extracting(Violation::field).containsExactly("language");
    }

    @Test
    void anUnknownCentreListsTheCentresOfTheCatalog() {
        Violation v = violations(SuggestionRequest.builder().childAgeMonths(3).centre("WEST").build()).get(0);

        assertThat(v.field()).isEqualTo("centre");
        assertThat(v.allowed()).containsExactly("NORTH", "SOUTH");
    }

    @Test
    void anEpdsFormIsNamedByACodeThatTellsVariantsOfOneLanguageApart() {
        assertThat(engine.suggest(withEpds(Epds.ofTotal("fa-AF", 12, 0))).notes()).isNotNull();
        assertThat(engine.suggest(withEpds(Epds.ofTotal("prs", 12, 0)))).isNotNull();
        Violation ambiguous = violations(withEpds(Epds.ofTotal("fa-TJ", 12, 0))).get(0);
        assertThat(ambiguous.field()).isEqualTo("screenings.epds.language");
        assertThat(ambiguous.allowed()).contains("fa", "fa-AF");
        assertThat(violations(withEpds(Epds.ofTotal("xyz", 12, 0)))).extracting(Violation::field)
                .containsExactly("screenings.epds.language");
    }

    @Test
    void aValidRequestWithEveryFieldPasses() {
        SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(2).need(NeedCategory.SLEEP)
                .risks(RiskFactor.YOUNG_PARENT).protectiveFactors(ProtectiveFactor.SOCIAL_NETWORK)
                .epds(new Epds(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 10, 1, "sv")).language("ar").centre("NORTH").build();

        assertThat(engine.suggest(request).steps()).isNotEmpty();
    }
}
