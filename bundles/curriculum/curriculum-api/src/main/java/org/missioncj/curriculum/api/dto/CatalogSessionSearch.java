package org.missioncj.curriculum.api.dto;

/** Which catalog sessions to list: {@link #curriculum} is required. */
public class CatalogSessionSearch {
    public Curriculum curriculum;
    /** An edition's code; the edition in use when null. */
    public String edition;
    /** Whether retired sessions are listed too (default no). */
    public boolean includeRetired;

    public CatalogSessionSearch() {
    }

    public CatalogSessionSearch(Curriculum curriculum, String edition, boolean includeRetired) {
        this.curriculum = curriculum;
        this.edition = edition;
        this.includeRetired = includeRetired;
    }
}
