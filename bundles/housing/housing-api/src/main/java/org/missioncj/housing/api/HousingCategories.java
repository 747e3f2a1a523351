package org.missioncj.housing.api;

import org.missioncj.core.spi.InformationCategory;

/** The information category the housing module discloses in a court progress report. */
public final class HousingCategories {
    /**
     * Housing status: the status at the end of the period and since when, the statuses of the period with their
     * dates, and the nights housed, homeless and incarcerated in it. Never an address, a landlord, a unit, a budget,
     * a conflict or a note.
     */
    public static final InformationCategory HOUSING = InformationCategory.of("HOUSING");

    private HousingCategories() {
    }
}
