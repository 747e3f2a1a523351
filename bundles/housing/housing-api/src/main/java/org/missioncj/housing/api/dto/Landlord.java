package org.missioncj.housing.api.dto;

import java.time.Instant;

/** A landlord or property manager the site works with (not participant data). */
public class Landlord {
    public String id;
    public long version;
    public String site;
    public String name;
    public String contactName;
    public String phone;
    public String email;
    /** What the landlord accepts: deposits, background checks, vouchers. */
    public String terms;
    public Instant updatedAt;
    public String updatedBy;
}
