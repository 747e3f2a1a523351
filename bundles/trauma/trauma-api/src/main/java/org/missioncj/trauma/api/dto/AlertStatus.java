package org.missioncj.trauma.api.dto;

public enum AlertStatus { OPEN, ACKNOWLEDGED }
