package org.missioncj.instrument.api.dto;

/** An answer option: the value stored and scored, and its wording. */
public class Option {
    public Integer value;
    public String label;

    public Option() {
    }

    public Option(int value, String label) {
        this.value = value;
        this.label = label;
    }
}
