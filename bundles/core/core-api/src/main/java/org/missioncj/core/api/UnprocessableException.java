package org.missioncj.core.api;

import java.util.Collections;
import java.util.List;

/**
 * Unprocessable request (HTTP 422). It may name the fields it refuses (a document that does not match its
 * schema): the problem then lists them as a {@link ValidationException} does.
 */
public class UnprocessableException extends MissionException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public UnprocessableException(String message) {
        this(message, List.of());
    }

    /** The refusal with the fields it names, each with its JSON path and the rule it breaks. */
    public UnprocessableException(String message, List<FieldError> errors) {
        super(message);
        this.errors = Collections.unmodifiableList(errors);
    }

    /** The fields refused; empty when the refusal names none. */
    public List<FieldError> errors() {
        return errors;
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
