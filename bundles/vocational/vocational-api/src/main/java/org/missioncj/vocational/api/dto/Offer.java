package org.missioncj.vocational.api.dto;

import java.time.LocalDate;

/** A job offer of an application. */
public class Offer {
    public LocalDate offeredOn;
    /** As the employer states it, e.g. "$18/hour". */
    public String wage;
    public JobHours hours;
    public LocalDate startDate;
    /** PENDING when left out. */
    public OfferResponse response;
}
