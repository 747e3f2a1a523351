package org.missioncj.core.api;

/** Unprocessable request (HTTP 422). */
public class UnprocessableException extends MissionException {
    private static final long serialVersionUID = 1L;

    public UnprocessableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String problemType() {
        return "unprocessable";
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }
}
