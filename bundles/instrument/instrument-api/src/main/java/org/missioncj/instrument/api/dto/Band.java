package org.missioncj.instrument.api.dto;

/** A band of a score: from {@link #from} (inclusive) up to the next band's start. */
public class Band {
    public Integer from;
    public String label;

    public Band() {
    }

    public Band(int from, String label) {
        this.from = from;
        this.label = label;
    }
}
