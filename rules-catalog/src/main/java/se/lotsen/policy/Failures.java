package se.lotsen.policy;

/** Says what went wrong in words a report can carry: never "…: null" for an exception without a message. */
public final class Failures {
    private static final int MAX_CAUSES = 3;

    private Failures() {
    }

    /** The exception's message (or its type when it has none), followed by up to three causes. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(one(failure));
        Throwable cause = failure.getCause();
        for (int i = 0; i < MAX_CAUSES && cause != null && cause != failure; i++) {
            text.append(" (caused by ").append(one(cause)).append(')');
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static String one(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
