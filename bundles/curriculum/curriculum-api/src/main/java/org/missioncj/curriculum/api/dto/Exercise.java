package org.missioncj.curriculum.api.dto;

import java.time.Instant;
import java.util.Map;

/**
 * An exercise of the participant workbook in one version: a form whose answers are described by a JSON
 * Schema (draft 2020-12). A new version never changes what was answered under an earlier one. Read-only
 * fields are ignored on input.
 */
public class Exercise {
    /** Read-only on input (the path names it): e.g. {@code identifying-triggers}. */
    public String code;
    /** Read-only: 1, 2, ... */
    public Integer version;
    /** Read-only: the exercise's newest version. */
    public Integer currentVersion;
    public String title;
    public String description;
    /** The JSON Schema (draft 2020-12) of the answers: an object schema; absent in lists. */
    public Map<String, Object> schema;
    /** Read-only. */
    public Instant createdAt;
    /** Read-only. */
    public String createdBy;
}
