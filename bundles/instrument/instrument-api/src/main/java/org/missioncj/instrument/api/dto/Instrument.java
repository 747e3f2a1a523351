package org.missioncj.instrument.api.dto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A screening or outcome instrument as data: its items and answer options, how it is scored, its cut-offs,
 * bands and flags, and the wording of its results. One version of it: a definition, once stored, never
 * changes; a change is a new version, and a result keeps the version it was scored with.
 */
public class Instrument {
    /** Lower-case letters, digits and hyphens, e.g. {@code phq-9}. */
    public String id;
    /** 1, 2, ...: set by the store when a definition is loaded. */
    public Integer version;
    public String title;
    /** What it screens for, e.g. TRAUMA, DEPRESSION, ANXIETY, ALCOHOL, SUBSTANCE_USE, RECOVERY (upper case). */
    public String domain;
    public String description;
    /** Where it comes from and that it is in the public domain (a site loads only instruments it may use). */
    public String source;
    public List<Item> items = new ArrayList<>();
    public List<Score> scores = new ArrayList<>();
    public List<Cutoff> cutoffs = new ArrayList<>();
    public List<Flag> flags = new ArrayList<>();
    /** Read-only: SHIPPED (comes with the platform) or SITE (loaded by the site). */
    public String origin;
    /** Read-only. */
    public Instant loadedAt;
    /** Read-only. */
    public String loadedBy;
}
