package org.missioncj.linkage.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category the linkage module discloses in a court progress report, as consents and court orders name it. */
public final class LinkageCategories {
    /**
     * Linkage to community services: referrals made in the period and how far each went (sent, accepted, scheduled,
     * attended, declined, no-show, closed), with dates and the kind of service. Never a reason, a note or who
     * provides the service. A consent or court order that lists {@code LINKAGE} lets the section into a report.
     */
    public static final InformationCategory LINKAGE = InformationCategory.of("LINKAGE");

    private LinkageCategories() {
    }
}
