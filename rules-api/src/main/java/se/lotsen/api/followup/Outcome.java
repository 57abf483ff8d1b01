package se.lotsen.api.followup;

/**
 * What a parent (or staff at a later visit) says about one step. Two questions: did you get in touch
 * ({@link #CONTACTED}, {@link #NOT_CONTACTED}) and did it help ({@link #HELPED}, {@link #NOT_HELPED},
 * {@link #NOT_NEEDED}). A step holds at most one answer to each.
 */
public enum Outcome {
    CONTACTED(Question.CONTACT),
    NOT_CONTACTED(Question.CONTACT),
    HELPED(Question.EFFECT),
    NOT_HELPED(Question.EFFECT),
    NOT_NEEDED(Question.EFFECT);

    private enum Question { CONTACT, EFFECT }

    private final Question question;

    Outcome(Question question) {
        this.question = question;
    }

    /** True when the two answer the same question, so the later replaces the earlier. */
    public boolean sameQuestion(Outcome other) {
        return question == other.question;
    }
}
