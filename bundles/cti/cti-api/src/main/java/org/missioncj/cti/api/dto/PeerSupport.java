package org.missioncj.cti.api.dto;

/**
 * How the Peer Support Specialist supported the task: in phase 1 the PSS does things for the
 * participant, then with them, and in phase 2 coaches them to do it alone.
 */
public enum PeerSupport {
    DID_FOR, DID_WITH, COACHED
}
