package org.missioncj.vocational.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category the vocational module discloses in a court progress report, as consents and court orders name it. */
public final class VocationalCategories {
    /**
     * Employment and education: the employment status at the period's end and since when, the days employed in the
     * period, and the education completed in it (kind and date). Never a note, an employer, a wage or a goal. A
     * consent or court order that lists {@code EMPLOYMENT} among its categories lets the section into a report.
     */
    public static final InformationCategory EMPLOYMENT = InformationCategory.of("EMPLOYMENT");

    private VocationalCategories() {
    }
}
