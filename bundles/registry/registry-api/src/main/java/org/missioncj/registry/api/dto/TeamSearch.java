package org.missioncj.registry.api.dto;

/** Filters of the team list; null fields do not filter. */
public class TeamSearch {
    /** Teams of this site (all sites when null). */
    public String site;

    public TeamSearch() {
    }

    public TeamSearch(String site) {
        this.site = site;
    }
}
