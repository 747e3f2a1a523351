package org.missioncj.adapter.webhook;

import java.time.Instant;

import org.missioncj.core.api.MissionException;

/** A sender whose webhooks keep being refused waits (429), as a client that keeps failing sign-ins does. */
final class TooManyRefusals extends MissionException {
    private static final long serialVersionUID = 1L;

    TooManyRefusals(Instant until) {
        super("Too many refused webhooks from this address: try again after " + until + ".");
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String problemType() {
        return "too-many-requests";
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
