package se.lotsen.core.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unmodifiable copies that, unlike {@link List#copyOf}, keep nulls so validation can name them. */
public final class ListCopies {
    private ListCopies() {
    }

    public static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
