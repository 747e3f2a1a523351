package org.missioncj.cti.api.dto;

import java.time.LocalDate;
import java.util.Map;

/** How many active participants of a site are in each CTI phase today. */
public class PhaseDistribution {
    public String site;
    public LocalDate today;
    public int total;
    /** Phase number (0 = not started, e.g. still in custody; last+1 = plan ended) to count. */
    public Map<Integer, Integer> byPhase;
    public Map<Integer, String> phaseNames;
}
