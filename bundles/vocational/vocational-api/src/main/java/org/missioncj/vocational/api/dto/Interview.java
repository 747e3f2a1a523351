package org.missioncj.vocational.api.dto;

import java.time.Instant;

/** An interview of an application. */
public class Interview {
    /** When it is (or was). */
    public Instant scheduledAt;
    /** How the participant prepares, up to 2000 characters. */
    public String preparation;
    /** What followed it (a thank-you note, a call), up to 2000 characters. */
    public String followUp;
    /** Absent while it is to come. */
    public InterviewOutcome outcome;
}
