package org.missioncj.registry.api.dto;

import java.time.Instant;

/** A staff member of a site; {@code username} links the record to the person's sign-in. */
public class Staff {
    public String id;
    public long version;
    public String username;
    public String givenName;
    public String familyName;
    public StaffRole role;
    public String site;
    public String email;
    public String phone;
    public Boolean active;
    public Instant createdAt;
    public Instant updatedAt;
}
