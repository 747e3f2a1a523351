package org.missioncj.core.api;

/** Conflict (HTTP 409). */
public class ConflictException extends MissionException {
    private static final long serialVersionUID = 1L;

    private final transient Object conflicting;

    public ConflictException(String message) {
        this(message, null);
    }

    /** A conflict with a record the caller should see: problem+json carries it as {@code conflicting}. */
    public ConflictException(String message, Object conflicting) {
        super(message);
        this.conflicting = conflicting;
    }

    /** The record this one conflicts with (an overlapping period), or null. */
    public Object conflicting() {
        return conflicting;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String problemType() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
