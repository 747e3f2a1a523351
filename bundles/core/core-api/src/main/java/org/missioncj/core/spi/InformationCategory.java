package org.missioncj.core.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of participant information as consents, court orders and disclosures name it, and as each
 * {@link ReportSection} declares what it discloses. A consent that names {@link #ENROLLMENT} lets the
 * enrollment section into a report; one that does not keeps it out. The platform's categories are the
 * constants here; a module that discloses another kind declares its own constant with {@link #of}
 * in its API (and documents it for the staff who record consents).
 */
public final class InformationCategory {
    /** How a category is written: upper-case letters, digits and '_', 2 to 40 characters. */
    public static final Pattern PATTERN = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

    /** Who the participant is, their enrollment, its status and milestones (the registry). */
    public static final InformationCategory ENROLLMENT = of("ENROLLMENT");
    /** Contacts and the Critical Time Intervention phase (CTI). */
    public static final InformationCategory CASE_MANAGEMENT = of("CASE_MANAGEMENT");

    private final String code;

    private InformationCategory(String code) {
        this.code = code;
    }

    /** The category written {@code code}; {@link IllegalArgumentException} when it is not written as {@link #PATTERN} says. */
    public static InformationCategory of(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an information category: upper-case letters, "
                    + "digits and '_', 2 to 40 characters");
        }
        return new InformationCategory(code);
    }

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** As consents store it, e.g. {@code ENROLLMENT}. */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InformationCategory && ((InformationCategory) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
