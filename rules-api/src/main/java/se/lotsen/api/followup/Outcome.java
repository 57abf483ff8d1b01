package se.lotsen.api.followup;

/** What a parent (or staff at a later visit) says about one step. */
public enum Outcome {
    CONTACTED,
    NOT_CONTACTED,
    HELPED,
    NOT_HELPED,
    NOT_NEEDED
}
