package se.lotsen.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import se.lotsen.core.internal.validation.ConsistentEpds;
import se.lotsen.core.internal.validation.ListCopies;

/**
 * An Edinburgh Postnatal Depression Scale result: the ten item scores, or the total and item 10,
 * and the code of the form (the cut-off depends on it). When both are given they must agree.
 */
@ConsistentEpds
public record Epds(
        List<@NotNull(message = "must not be null")
             @Min(value = 0, message = "must be between 0 and 3")
             @Max(value = 3, message = "must be between 0 and 3") Integer> items,
        @Min(value = 0, message = "must be between 0 and 30")
        @Max(value = 30, message = "must be between 0 and 30")
        Integer total,
        @Min(value = 0, message = "must be between 0 and 3")
        @Max(value = 3, message = "must be between 0 and 3")
        Integer item10,
        @NotNull(message = "is required: the cut-off depends on the language of the form")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be the form's code: an ISO 639-1 language, "
                + "with a region when one language has several forms, such as sv, en, en-ZA, fa, fa-AF")
        String language) {

    public static final int ITEM_COUNT = 10;

    public Epds {
        items = items == null ? null : ListCopies.of(items);
    }

    public static Epds ofItems(String language, Integer... items) {
        return new Epds(List.of(items), null, null, language);
    }

    public static Epds ofTotal(String language, int total, int item10) {
        return new Epds(null, total, item10, language);
    }

    /** The total score, from the items when they are given. Only meaningful on a valid result. */
    public int totalScore() {
        return items != null ? items.stream().mapToInt(Integer::intValue).sum() : total;
    }

    /** Item 10, thoughts of self-harm. Only meaningful on a valid result. */
    public int selfHarmScore() {
        return items != null ? items.get(ITEM_COUNT - 1) : item10;
    }
}
