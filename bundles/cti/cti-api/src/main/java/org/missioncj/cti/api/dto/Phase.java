package org.missioncj.cti.api.dto;

import java.time.LocalDate;

/** One CTI phase of one participant's plan: its dates and how often contacts are due. */
public class Phase {
    /** 1, 2, 3 ... in plan order. */
    public int number;
    public String name;
    public LocalDate start;
    /** Exclusive. */
    public LocalDate end;
    /** ISO-8601 period between due contacts, e.g. P7D, P14D, P1M. */
    public String contactInterval;
}
