package org.missioncj.registry.api.dto;

/**
 * An identifier another system gave the participant: {@code system} names the system (for example
 * {@code jail-booking}, {@code court-docket}, {@code state-id}), {@code value} the identifier in it.
 * A value is unique within its system.
 */
public class Identifier {
    /** What a system's name looks like: lower-case letters, digits, '.', '_' and '-', at most 64. */
    public static final String SYSTEM_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";

    public String system;
    public String value;

    public Identifier() {
    }

    public Identifier(String system, String value) {
        this.system = system;
        this.value = value;
    }
}
