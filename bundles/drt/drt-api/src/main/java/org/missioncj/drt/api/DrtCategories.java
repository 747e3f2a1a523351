package org.missioncj.drt.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category DRT discloses in a court progress report, as consents and court orders name it. */
public final class DrtCategories {
    /**
     * DRT progress: how many sessions were held in a period by attendance, sessions done of the catalog, the
     * last session's date. Never a session's topic, homework or notes. A consent or court order that lists
     * {@code DRT_PROGRESS} among its categories lets the DRT section into a report.
     */
    public static final InformationCategory DRT_PROGRESS = InformationCategory.of("DRT_PROGRESS");

    private DrtCategories() {
    }
}
