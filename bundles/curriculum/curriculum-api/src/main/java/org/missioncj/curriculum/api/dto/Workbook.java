package org.missioncj.curriculum.api.dto;

import java.util.List;

/** A participant's workbook: every exercise, with where the participant's answers to it stand. */
public class Workbook {
    public String participantId;
    /** By exercise code. */
    public List<WorkbookExercise> exercises;
}
