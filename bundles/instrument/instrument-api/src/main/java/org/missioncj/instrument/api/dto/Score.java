package org.missioncj.instrument.api.dto;

import java.util.ArrayList;
import java.util.List;

/**
 * A score computed from answers: a total, a subscale or a cluster. SUM adds the answers of its items that were
 * asked; COUNT_AT_LEAST counts its items answered {@link #atLeast} or more (PCL-5's symptom counts). Items not
 * asked (disabled by their condition) add nothing.
 */
public class Score {
    public enum Method { SUM, COUNT_AT_LEAST }

    /** Unique among the instrument's scores, e.g. {@code total}, {@code B}, {@code use}. */
    public String id;
    public String title;
    public Method method;
    /** For COUNT_AT_LEAST: the answer an item needs to count. */
    public Integer atLeast;
    public List<String> items = new ArrayList<>();
    /** Bands by the score's value, lowest first, e.g. PHQ-9's minimal, mild, moderate... */
    public List<Band> bands = new ArrayList<>();
}
