package org.missioncj.drt.api.dto;

/** The change to a recorded session once the Peer Support Specialist reviewed (or had not) its workbook exercise. */
public class WorkbookReview {
    public Boolean pssReviewedWorkbook;

    public WorkbookReview() {
    }

    public WorkbookReview(Boolean pssReviewedWorkbook) {
        this.pssReviewedWorkbook = pssReviewedWorkbook;
    }
}
