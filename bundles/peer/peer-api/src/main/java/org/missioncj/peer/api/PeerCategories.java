package org.missioncj.peer.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category the peer module discloses in a court report. */
public final class PeerCategories {
    /**
     * Peer-session progress: how many peer-led sessions the participant attended in the period (individual and
     * group), sessions of the curriculum done of those counted, the last day. A consent or court order must
     * name {@code PEER_SESSION_PROGRESS} for the report's peer section to go out.
     */
    public static final InformationCategory PEER_SESSION_PROGRESS = InformationCategory.of("PEER_SESSION_PROGRESS");

    private PeerCategories() {
    }
}
