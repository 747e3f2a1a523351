package org.missioncj.core.api.persistence;

/** The database failed in a way the caller cannot correct (HTTP 503 / 500 without details). */
public class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
