package org.missioncj.core.api;

/** Precondition failed (HTTP 412). */
public class PreconditionFailedException extends MissionException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(message);
    }

    /** The stored record moved on since the caller read it. */
    public static PreconditionFailedException stale(String what, String id, long expected, long current) {
        return new PreconditionFailedException(what + " " + id + " changed since you read it (your version " + expected
                + ", now " + current + "). Read it again and re-apply your change.");
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String problemType() {
        return "precondition-failed";
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
