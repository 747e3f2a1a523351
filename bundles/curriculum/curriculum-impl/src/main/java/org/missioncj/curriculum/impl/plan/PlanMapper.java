package org.missioncj.curriculum.impl.plan;

/** Placeholder: the statements come with the plan. */
public interface PlanMapper {
}
