package org.missioncj.trauma.api.dto;

/** The gender of staff a participant prefers to work with. */
public enum StaffGender { WOMAN, MAN, NO_PREFERENCE }
