package org.missioncj.core.api;

/** Precondition required (HTTP 428). */
public class PreconditionRequiredException extends MissionException {
    private static final long serialVersionUID = 1L;

    /**
     * The expected version when the client sent no {@code If-Match}. The REST layer passes it on
     * instead of refusing at once, so the service checks access first and only then asks for the
     * version ({@link #requireVersion}): a caller without access gets 403, not 428.
     */
    public static final long MISSING_VERSION = -1L;

    /** 428 when the update names no version; call it after the access checks. */
    public static void requireVersion(long expectedVersion) {
        if (expectedVersion == MISSING_VERSION) {
            throw new PreconditionRequiredException(
                    "Send the ETag you read in an If-Match header, so that a concurrent change is not overwritten.");
        }
    }

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
