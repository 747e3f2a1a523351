package org.missioncj.consent.api.dto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A disclosure made without consent to medical personnel in a bona fide medical emergency
 * (42 CFR §2.51), recorded afterwards with everything §2.51(c) asks for.
 */
public class EmergencyDisclosure {
    public String participantId;
    /** The medical personnel who received it ... */
    public String recipientName;
    /** ... and their affiliation, e.g. the hospital. */
    public String recipientAffiliation;
    /** When it was disclosed (not in the future). */
    public OffsetDateTime disclosedAt;
    /** The nature of the emergency. */
    public String natureOfEmergency;
    /** What was disclosed: categories, and in words. */
    public List<String> categories;
    public String description;
}
