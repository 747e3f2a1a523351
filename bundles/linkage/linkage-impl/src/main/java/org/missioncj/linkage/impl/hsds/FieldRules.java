package org.missioncj.linkage.impl.hsds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on one value by itself, chosen by its column's {@link HsdsFieldKind}. Each check
 * answers with the reason the value is refused, or null when it is fine; the reason is written to
 * follow the column name ({@code "status 'open' is not one of: ..."}).
 */
final class FieldRules {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static final int MAX_AGE = 150;

    private FieldRules() {
    }

    /** Why the value is refused for the column, or null when it is accepted. */
    static String check(HsdsColumn column, String value) {
        String control = controlCharacter(value);
        if (control != null) {
            return control;
        }
        HsdsFieldKind kind = column.kind();
        int limit = kind.maxLength();
        if (limit > 0 && kind != HsdsFieldKind.ID && value.length() > limit) {
            return "is " + value.length() + " characters long; the limit for this column is " + limit;
        }
        return switch (kind) {
            case ID -> ID.matcher(value).matches() ? null : quoted(value)
                    + " is not a valid id: use 1 to 64 letters, digits, '.', '_', ':' or '-'";
            case CODE -> column.allowedValues().contains(value) ? null
                    : quoted(value) + " is not one of: " + String.join(", ", column.allowedValues());
            case NUMBER -> NUMBER.matcher(value).matches() ? null : quoted(value) + " is not a number";
            case WHOLE_NUMBER -> WHOLE_NUMBER.matcher(value).matches() ? null
                    : quoted(value) + " is not a whole number of 0 or more";
            case AGE -> age(value) != null ? null
                    : quoted(value) + " is not a whole number of years from 0 to " + MAX_AGE;
            case LATITUDE -> inRange(value, 90) ? null : quoted(value) + " is not a latitude from -90 to 90";
            case LONGITUDE -> inRange(value, 180) ? null : quoted(value) + " is not a longitude from -180 to 180";
            case YEAR -> YEAR.matcher(value).matches() ? null : quoted(value) + " is not a four-digit year";
            case DATE -> isDate(value) ? null : quoted(value) + " is not a date in the form yyyy-MM-dd";
            case DATE_TIME -> isDateTime(value) ? null
                    : quoted(value) + " is not an ISO 8601 date and time such as 2025-03-14T09:30:00Z";
            case EMAIL -> isEmail(value) ? null
                    : quoted(value) + " is not an email address (one @ with text on both sides, no spaces)";
            case URL -> isUrl(value) ? null
                    : quoted(value) + " is not a web address starting with http:// or https://";
            case COUNTRY -> COUNTRIES.contains(value) ? null
                    : quoted(value) + " is not a two-letter ISO 3166-1 country code such as US";
            case TEXT, LONG_TEXT, GEOMETRY -> null;
        };
    }

    /** The age in years, or null when the value is not a whole number from 0 to 150. */
    static Integer age(String value) {
        if (value.length() > 3 || !WHOLE_NUMBER.matcher(value).matches()) {
            return null;
        }
        int age = Integer.parseInt(value);
        return age <= MAX_AGE ? age : null;
    }

    /** Refuses control characters other than tab and line feed: they break exports and screens. */
    private static String controlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                return String.format("contains a control character (U+%04X) at position %d; only tab and line "
                        + "break are allowed", (int) c, i + 1);
            }
        }
        return null;
    }

    private static boolean inRange(String value, int bound) {
        if (!NUMBER.matcher(value).matches() || value.length() > 40) {
            return false;
        }
        BigDecimal number = new BigDecimal(value);
        return number.abs().compareTo(BigDecimal.valueOf(bound)) <= 0;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String value) {
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isEmail(String value) {
        int at = value.indexOf('@');
        return at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1
                && !WHITE_SPACE.matcher(value).find();
    }

    private static boolean isUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        return start > 0 && value.length() > start && !WHITE_SPACE.matcher(value).find();
    }

    /** A value as it is quoted in a reason; long values are cut so a message stays readable. */
    static String quoted(String value) {
        return "'" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "'";
    }
}
