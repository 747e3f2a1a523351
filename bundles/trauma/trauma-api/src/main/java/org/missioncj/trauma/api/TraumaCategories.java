package org.missioncj.trauma.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category the trauma module discloses in a court progress report, as consents and court orders name it. */
public final class TraumaCategories {
    /**
     * Screening done: how many screens were completed or declined in a period and on which days. Never the
     * instrument, a score, a result, an answer, an alert or a preference. A consent or court order that lists
     * {@code TRAUMA_SCREENING} among its categories lets the section into a report.
     */
    public static final InformationCategory TRAUMA_SCREENING = InformationCategory.of("TRAUMA_SCREENING");

    private TraumaCategories() {
    }
}
