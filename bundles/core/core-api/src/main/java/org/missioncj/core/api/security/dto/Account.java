package org.missioncj.core.api.security.dto;

import java.time.Instant;
import java.util.Set;

import org.missioncj.core.api.Role;

/**
 * A staff sign-in kept in the mission database. Read-only fields (version, stamps,
 * {@code passwordChangedAt}) are ignored on input; a password or its hash is never part of it.
 */
public class Account {
    public String username;
    public long version;
    public String displayName;
    /**
     * Free text: the court or agency a {@link Role#COURT_LIAISON} belongs to (e.g. "Franklin County
     * Drug Court"), which other modules name as the recipient of a disclosure.
     */
    public String organization;
    public Set<Role> roles;
    /** On create, null means enabled; enable and disable change it afterwards. */
    public Boolean enabled;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    public Instant passwordChangedAt;
}
