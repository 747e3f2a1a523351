package org.missioncj.core.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request and throws them together, so a caller learns every problem
 * at once instead of one per round trip.
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Whether the text says nothing a person could read: null, empty, or only spaces (any kind, a no-break
     * space too) and invisible format characters (a zero-width space, a direction mark).
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    public Validator required(String field, Object value) {
        if (value == null || (value instanceof String && isBlank((String) value))) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    public Validator requiredText(String field, String value, int max) {
        required(field, value);
        return maxLength(field, value, max);
    }

    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            errors.add(new FieldError(field, "is not an e-mail address"));
        }
        return this;
    }

    public Validator notInFuture(String field, LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future"));
        }
        return this;
    }

    public Validator oneOf(String field, Object value, Collection<?> allowed) {
        if (value != null && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + allowed));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws a {@link ValidationException} listing every error collected, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(new ArrayList<>(errors));
        }
    }
}
