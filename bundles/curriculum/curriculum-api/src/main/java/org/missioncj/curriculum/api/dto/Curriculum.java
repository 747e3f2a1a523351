package org.missioncj.curriculum.api.dto;

/** The two session curricula of MISSION-CJ. */
public enum Curriculum {
    /** Dual Recovery Therapy, delivered by the Case Manager (13 sessions in the manual). */
    DRT,
    /** Peer-led sessions, facilitated by the Peer Support Specialist (11 sessions in the manual). */
    PEER
}
