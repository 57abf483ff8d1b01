package se.lotsen.core;

import jakarta.validation.constraints.NotNull;

/** A need a parent expresses, with a severity that defaults to {@link Severity#MODERATE}. */
public record Need(
        @NotNull(message = "is required") NeedCategory category,
        Severity severity) {

    public Need {
        severity = severity == null ? Severity.MODERATE : severity;
    }
}
