package org.missioncj.core.api;

/**
 * Base of the errors that reach a caller. Each carries the HTTP status and the stable problem type
 * (the last segment of an RFC 9457 {@code type} URI) that the REST layer turns into problem+json.
 */
public abstract class MissionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected MissionException(String message) {
        super(message);
    }

    protected MissionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** HTTP status code for this error. */
    public abstract int status();

    /** Stable problem type, e.g. {@code not-found}. */
    public abstract String problemType();

    /** Short human title of the problem type. */
    public abstract String title();
}
