package org.missioncj.adapter.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category of what host systems reported: custody and court events, hearings. */
public final class AdapterCategories {
    /** A consent must name it for the report's "Custody and court" section to be disclosed. */
    public static final InformationCategory CUSTODY_AND_COURT = InformationCategory.of("CUSTODY_AND_COURT");

    private AdapterCategories() {
    }
}
