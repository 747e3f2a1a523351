package org.missioncj.peer.api.dto;

/** Which groups to list: those of a site, of a facilitator, or both (at least one is required). */
public class PeerGroupSearch {
    public String site;
    public String facilitatorId;

    public PeerGroupSearch() {
    }

    public PeerGroupSearch(String site, String facilitatorId) {
        this.site = site;
        this.facilitatorId = facilitatorId;
    }
}
