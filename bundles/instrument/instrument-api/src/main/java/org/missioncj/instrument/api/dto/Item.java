package org.missioncj.instrument.api.dto;

import java.util.ArrayList;
import java.util.List;

/** One question of an instrument; its answer is the {@link Option#value} of one of its options. */
public class Item {
    /** Unique in the instrument (letters, digits, '-', '_', '.'), e.g. {@code 9} or {@code exposure}. */
    public String linkId;
    public String text;
    /** Whether a completed screen must answer it (when it is asked at all); true when left out. */
    public Boolean required;
    /** The item is asked only when another item's answer is one of these values (PC-PTSD-5's exposure question). */
    public Condition enableWhen;
    public List<Option> options = new ArrayList<>();
}
