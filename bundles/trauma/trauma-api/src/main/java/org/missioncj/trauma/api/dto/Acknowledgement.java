package org.missioncj.trauma.api.dto;

/** A clinician's acknowledgement of a safety alert. */
public class Acknowledgement {
    /** What was done, e.g. "Same-day safety assessment; safety plan reviewed". Required, up to 1000 characters. */
    public String actionTaken;
}
