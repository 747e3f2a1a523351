package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/**
 * An edition of a curriculum's manual. A program licenses one edition per curriculum: the one
 * {@link #inUse}, whose sessions are offered and counted in progress ("sessions done of 13").
 */
public class CatalogEdition {
    public Curriculum curriculum;
    /** Short code, unique within the curriculum: letters, digits, '-' and '.'. */
    public String code;
    public String title;
    /** Read-only: whether this is the edition the program uses (change it with "use edition"). */
    public boolean inUse;
    /** Read-only: sessions of this edition that are not retired. */
    public Integer sessions;
    public Instant createdAt;
    public String createdBy;
}
