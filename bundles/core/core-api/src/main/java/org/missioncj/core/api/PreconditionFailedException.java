package org.missioncj.core.api;

/** Precondition failed (HTTP 412). */
public class PreconditionFailedException extends MissionException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(message);
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
