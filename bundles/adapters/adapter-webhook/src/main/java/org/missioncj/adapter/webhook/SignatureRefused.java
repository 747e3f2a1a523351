package org.missioncj.adapter.webhook;

import org.missioncj.core.api.MissionException;

/** A webhook without a valid, fresh signature of a configured system: 401. */
final class SignatureRefused extends MissionException {
    private static final long serialVersionUID = 1L;

    SignatureRefused(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String problemType() {
        return "bad-signature";
    }

    @Override
    public String title() {
        return "Signature refused";
    }
}
