package org.missioncj.registry.api.dto;

import java.time.Instant;

/** One Case Manager and one Peer Support Specialist at a site, who share a caseload. */
public class Team {
    public String id;
    public long version;
    public String name;
    public String site;
    public String caseManagerId;
    public String peerSpecialistId;
    /** Caseload limit of this team; null means the site default (25 unless configured). */
    public Integer caseloadLimit;
    public Boolean active;
    public Instant createdAt;
    public Instant updatedAt;
}
