package org.missioncj.curriculum.api.dto;

import java.time.Instant;

/**
 * An edition of a curriculum's manual. A program licenses one edition per curriculum: the one
 * {@link #inUse}, whose sessions are offered and counted in progress ("sessions done of 13").
 */
public class CatalogEdition {
    public Curriculum curriculum;
    /**
     * Short code, unique within the curriculum: 1 to 40 lower-case letters, digits, '-' and '.', starting and
     * ending with a letter or digit (e.g. {@code mission-cj}, the shipped one).
     */
    public String code;
    public String title;
    /** Read-only: whether this is the edition the program uses (change it with "use edition"). */
    public boolean inUse;
    /** Read-only: sessions of this edition that are not retired. */
    public Integer sessions;
    /**
     * Input only: the code of another edition of the curriculum whose sessions that are not retired the new edition
     * starts with (each as a new session of the new edition, version 1); empty when left out.
     */
    public String basedOn;
    public Instant createdAt;
    public String createdBy;
}
