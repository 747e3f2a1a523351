package org.missioncj.core.api;

/** One invalid field of a request: its JSON path and why it was refused. */
public final class FieldError {
    public String field;
    public String reason;

    public FieldError() {
    }

    public FieldError(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
