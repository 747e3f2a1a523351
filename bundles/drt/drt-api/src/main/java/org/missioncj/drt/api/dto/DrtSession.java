package org.missioncj.drt.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One Dual Recovery Therapy session of the catalog, held with a participant by their Case Manager.
 * Read-only fields are ignored on input.
 */
public class DrtSession {
    public String id;
    /** Read-only: goes up with each change; the ETag. */
    public long version;
    public String participantId;
    /** Read-only: the open enrollment the session was recorded against. */
    public String enrollmentId;
    /** The DRT catalog session held, e.g. {@code drt-mission-cj-04}. */
    public String catalogSessionId;
    /** Read-only: the version of the catalog session's wording in use when the session was recorded. */
    public Integer catalogVersion;
    /** The day it was held, in the site's time zone. */
    public LocalDate sessionDate;
    /** Staff id of the Case Manager who delivered it. */
    public String caseManagerId;
    public Attendance attendance;
    public Integer minutes;
    public SessionSetting setting;
    /** Whether homework was set; false when left out. */
    public Boolean homeworkSet;
    /** A short description of the homework (only with homeworkSet). */
    public String homework;
    /** Whether the Peer Support Specialist reviewed the workbook exercise with the participant afterwards. */
    public Boolean pssReviewedWorkbook;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
