package org.missioncj.consent.api.dto;

import java.time.LocalDate;

/** A participant's revocation of a consent (oral or written); effective from {@code revokedOn}. */
public class ConsentRevocation {
    /** Defaults to today; never in the future. */
    public LocalDate revokedOn;
    public SignatureMethod method;
    public String note;
}
