package org.missioncj.trauma.api.dto;

import java.time.Instant;

/** What helps a participant feel safe with the team: for the team only. */
public class TraumaPreferences {
    /** Read-only. */
    public String participantId;
    /** Read-only: the ETag. */
    public long version;
    public StaffGender preferredStaffGender;
    /** Known triggers, in the participant's words where possible (up to 1000 characters). */
    public String knownTriggers;
    /** The setting they prefer to meet in (up to 500 characters). */
    public String preferredSetting;
    /** What helps in a crisis (up to 1000 characters). */
    public String crisisHelp;
    public Instant updatedAt;
    public String updatedBy;
}
