package org.missioncj.trauma.api.dto;

/** Screening is offered, never forced: a declined screen is recorded as such, with no score. */
public enum ScreenStatus { COMPLETED, DECLINED }
