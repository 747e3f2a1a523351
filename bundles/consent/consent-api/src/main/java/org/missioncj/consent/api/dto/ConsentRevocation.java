package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/**
 * A participant's revocation of a consent (oral or written). It takes effect from the day the
 * program received it, which may be before the day it is recorded but never before the day of a
 * disclosure already made under the consent.
 */
public class ConsentRevocation {
    /** Defaults to today; never in the future. */
    public LocalDate receivedOn;
    public SignatureMethod method;
    public String note;
}
