package org.missioncj.core.api;

import java.util.Collections;
import java.util.List;

/** The request is malformed: one or more fields are missing or invalid (HTTP 400). */
public class ValidationException extends MissionException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = Collections.unmodifiableList(errors);
    }

    public ValidationException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder("The request has ").append(errors.size())
                .append(errors.size() == 1 ? " invalid field: " : " invalid fields: ");
        for (int i = 0; i < errors.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(errors.get(i));
        }
        return sb.toString();
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String problemType() {
        return "validation";
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
