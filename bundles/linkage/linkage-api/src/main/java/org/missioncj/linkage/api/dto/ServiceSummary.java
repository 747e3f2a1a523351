package org.missioncj.linkage.api.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One service of a directory search, with HSDS 3's names for its fields. */
public class ServiceSummary {
    public String id;
    public String name;
    public String organization_id;
    public String organization_name;
    /** HSDS's status: active, inactive, defunct or temporarily closed. */
    public String status;
    public String description;
    /** The codes of the taxonomy terms the service is linked to (its kinds). */
    public List<String> kinds = new ArrayList<>();
    /** When the service left the directory (a later import no longer had it); null while it is offered. */
    public Instant retired_at;
}
