package org.missioncj.core.api.security.dto;

import java.time.Instant;
import java.util.Set;

import org.missioncj.core.api.Role;

/**
 * A staff sign-in kept in the mission database. Read-only fields (version, stamps,
 * {@code passwordChangedAt}) are ignored on input; a password or its hash is never part of it.
 */
public class Account {
    /** The recipient classes a court liaison's organization can be: those who monitor a participant's progress. */
    public static final Set<String> LIAISON_CLASSES = Set.of("COURT", "PROBATION_PAROLE", "PRETRIAL_SERVICES", "PROSECUTION");

    public String username;
    public long version;
    public String displayName;
    /**
     * Free text: the court or agency a {@link Role#COURT_LIAISON} belongs to (e.g. "Franklin County
     * Drug Court"), which other modules name as the recipient of a disclosure.
     */
    public String organization;
    /**
     * For a {@link Role#COURT_LIAISON}: what kind of recipient their organization is, one of
     * {@link #LIAISON_CLASSES}. With {@link #organization} it is the recipient of every disclosure to
     * the liaison; both are set by a program admin, never taken from a liaison's request.
     */
    public String organizationClass;
    public Set<Role> roles;
    /** On create, null means enabled; enable and disable change it afterwards. */
    public Boolean enabled;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    public Instant passwordChangedAt;
}
