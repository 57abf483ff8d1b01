package se.lotsen.api.errors;

/**
 * Lotsen cannot do this now, but will again soon (the store does not answer, a buffer is full, every
 * validation place is taken): 503 or 429 with Retry-After and a message saying what to do. Nothing was
 * changed by the request.
 */
public final class UnavailableException extends RuntimeException {
    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public UnavailableException(int status, String code, String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The store did not take a write: 503, try again in a few seconds. */
    public static UnavailableException store(String what, Throwable cause) {
        return new UnavailableException(503, "store_unavailable", what + " could not be saved now: the store does not answer. "
                + "Nothing was saved; try again in a minute.", 5, cause);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
