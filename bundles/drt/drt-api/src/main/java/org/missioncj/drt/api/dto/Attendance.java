package org.missioncj.drt.api.dto;

import java.util.EnumSet;
import java.util.Set;

/** Whether the participant took part in a scheduled DRT session. */
public enum Attendance {
    ATTENDED,
    /** Came late, left early or could not take part in all of it; counts as delivered. */
    PARTLY,
    NO_SHOW,
    CANCELLED;

    /** The attendances that deliver a session: it counts towards "done" and as the last session. */
    public static final Set<Attendance> DELIVERED = EnumSet.of(ATTENDED, PARTLY);

    public boolean delivered() {
        return DELIVERED.contains(this);
    }
}
