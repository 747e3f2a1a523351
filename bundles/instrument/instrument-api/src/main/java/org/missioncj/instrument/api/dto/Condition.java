package org.missioncj.instrument.api.dto;

import java.util.ArrayList;
import java.util.List;

/** True when the answer to {@link #item} is one of {@link #values}. */
public class Condition {
    public String item;
    public List<Integer> values = new ArrayList<>();
}
