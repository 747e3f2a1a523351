package org.missioncj.cti.api.dto;

public enum AccompanimentTo {
    APPOINTMENT, INTERVIEW, MEETING
}
