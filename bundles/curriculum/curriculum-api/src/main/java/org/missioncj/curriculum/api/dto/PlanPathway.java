package org.missioncj.curriculum.api.dto;

/** One pathway the participant chose, in a version of their plan. */
public class PlanPathway {
    public Pathway pathway;
    /** Required for {@link Pathway#OTHER} (which pathway); for the others optional (a meeting, a provider). */
    public String description;

    public PlanPathway() {
    }

    public PlanPathway(Pathway pathway, String description) {
        this.pathway = pathway;
        this.description = description;
    }
}
