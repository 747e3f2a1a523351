package org.missioncj.linkage.api.dto;

/** What a directory search filters on; every field is optional and they combine with AND. */
public class ServiceSearch {
    /** Words of the service's or its organization's name; each must start a word of one of them. */
    public String text;
    /** A kind of service: the code (or id) of a taxonomy term the service's attributes link it to. */
    public String kind;
    /** A town, postal code, state or service area the service is offered in. */
    public String area;
    /** Only the services of this organization. */
    public String organizationId;
    /** Services that left the directory too (default false). */
    public boolean includeRetired;
}
