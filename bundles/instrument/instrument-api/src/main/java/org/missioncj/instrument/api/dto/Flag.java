package org.missioncj.instrument.api.dto;

/**
 * A flag raised by one item's answer at or above {@link #atLeast} (PHQ-9 item 9 above 0). A SAFETY flag raises
 * an alert for the participant's team at once.
 */
public class Flag {
    public enum Kind { SAFETY, NOTICE }

    public String id;
    public String title;
    public Kind kind;
    public String item;
    public Integer atLeast;
    /** What the team should do, e.g. "Assess suicide risk today". */
    public String text;
}
