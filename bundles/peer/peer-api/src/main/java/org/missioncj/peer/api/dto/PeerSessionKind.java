package org.missioncj.peer.api.dto;

/** An individual session, or a group meeting the participant was recorded at. */
public enum PeerSessionKind {
    INDIVIDUAL, GROUP
}
