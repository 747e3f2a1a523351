package org.missioncj.linkage.api.dto;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a closed-loop referral stands: SENT, then ACCEPTED by the service, SCHEDULED for an appointment, and
 * ATTENDED; or DECLINED by the service, NO_SHOW at the appointment (which may be scheduled again), or CLOSED by the
 * team. ATTENDED, DECLINED and CLOSED end it.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, SCHEDULED, ATTENDED, DECLINED, NO_SHOW, CLOSED;

    /** The steps that may follow this one. */
    public Set<ReferralStatus> next() {
        switch (this) {
            case SENT:
                return EnumSet.of(ACCEPTED, DECLINED, CLOSED);
            case ACCEPTED:
                return EnumSet.of(SCHEDULED, DECLINED, CLOSED);
            case SCHEDULED:
                return EnumSet.of(ATTENDED, NO_SHOW, SCHEDULED, CLOSED);
            case NO_SHOW:
                return EnumSet.of(SCHEDULED, CLOSED);
            default:
                return EnumSet.noneOf(ReferralStatus.class);
        }
    }

    public boolean ended() {
        return this == ATTENDED || this == DECLINED || this == CLOSED;
    }
}
