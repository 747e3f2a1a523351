package org.missioncj.core.api.rest;

/**
 * A sign-in refused by {@link HttpSignIn}: the HTTP status to answer (401 wrong or missing credentials,
 * 403 credentials over plain HTTP from another machine, 429 a client that keeps failing, with its
 * {@code Retry-After}) and a message a person can act on. It never says whether the name exists.
 */
public class SignInRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The WWW-Authenticate challenge that goes with a 401. */
    public static final String CHALLENGE = "Basic realm=\"mission\"";

    private final int status;
    private final String type;
    private final String title;
    private final long retryAfterSeconds;

    public SignInRefused(int status, String type, String title, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** The problem type's last segment, e.g. {@code unauthorized}, {@code insecure-transport}, {@code too-many-requests}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** For a 429: seconds to wait; otherwise 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
