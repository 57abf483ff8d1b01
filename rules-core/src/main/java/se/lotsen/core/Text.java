package se.lotsen.core;

import java.util.Objects;

/** A text a person reads, in Swedish (the default) and English. */
public record Text(String sv, String en) {
    public Text {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }
}
