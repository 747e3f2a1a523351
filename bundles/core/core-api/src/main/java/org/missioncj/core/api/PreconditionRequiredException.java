package org.missioncj.core.api;

/** Precondition required (HTTP 428). */
public class PreconditionRequiredException extends MissionException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 428;
    }

    @Override
    public String problemType() {
        return "precondition-required";
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
