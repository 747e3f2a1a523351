package org.missioncj.vocational.api.dto;

import java.time.Instant;

/** An employer the site works with: not participant data, kept by the site's staff. */
public class Employer {
    public String id;
    /** Read-only: the ETag. */
    public long version;
    /** The site whose staff keep it; fixed once created. */
    public String site;
    public String name;
    public String contactName;
    public String phone;
    public String email;
    public String address;
    /** Notes on the terms agreed with the employer (supported employment, trial shifts...). */
    public String terms;
    public Instant updatedAt;
    public String updatedBy;
}
