package org.missioncj.vocational.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A participant's employment or education goal. Read-only fields are ignored on input. */
public class Goal {
    public String id;
    /** Read-only: the ETag; a note appended counts as a change. */
    public long version;
    public String participantId;
    public GoalKind kind;
    /** Up to 200 characters. */
    public String title;
    public LocalDate targetDate;
    /** OPEN when left out on creation. */
    public GoalStatus status;
    /** Read-only: the progress notes, the newest first; appended one at a time. */
    public List<GoalNote> notes = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
