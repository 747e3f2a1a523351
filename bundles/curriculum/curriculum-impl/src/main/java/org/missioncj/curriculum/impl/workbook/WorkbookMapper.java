package org.missioncj.curriculum.impl.workbook;

/** Placeholder: the statements come with the workbook. */
public interface WorkbookMapper {
}
