package org.missioncj.core.api.persistence;

/** The database failed in a way the caller cannot correct (HTTP 503 / 500 without details). */
public class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether trying the same work again later may succeed: the database was busy (a lock wait, a deadlock)
     * or could not be reached. Work that retries by itself (a worker) counts only the other failures.
     */
    public boolean isTransient() {
        return false;
    }
}
