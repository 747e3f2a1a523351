package org.missioncj.curriculum.api.dto;

import java.time.LocalDate;

/**
 * A clarified diagnosis, as the clinician stated it: the code is kept as given (its shape and length
 * are checked, not the code system).
 */
public class Diagnosis {
    /** E.g. an ICD-10-CM or DSM-5 code: letters, digits, '.' and '-', at most 16 characters. */
    public String code;
    /** At most 300 characters. */
    public String description;
    /** Who stated it: the clinician's name and credential, e.g. "Dr. R. Osei, MD" (at most 200 characters). */
    public String statedBy;
    /** The day the clinician stated it; not in the future. */
    public LocalDate statedOn;
}
