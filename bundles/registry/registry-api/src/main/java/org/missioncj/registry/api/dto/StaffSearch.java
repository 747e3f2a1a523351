package org.missioncj.registry.api.dto;

/** Filters of the staff list; null fields do not filter. */
public class StaffSearch {
    public String site;
    public StaffRole role;
    public Boolean active;

    public StaffSearch() {
    }

    public StaffSearch(String site, StaffRole role, Boolean active) {
        this.site = site;
        this.role = role;
        this.active = active;
    }
}
