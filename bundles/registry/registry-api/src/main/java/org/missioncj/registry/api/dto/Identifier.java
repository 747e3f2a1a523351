package org.missioncj.registry.api.dto;

/**
 * An identifier another system gave the participant: {@code system} names the system (for example
 * {@code jail-booking}, {@code court-docket}, {@code state-id}), {@code value} the identifier in it.
 * A value is unique within its system.
 */
public class Identifier {
    public String system;
    public String value;

    public Identifier() {
    }

    public Identifier(String system, String value) {
        this.system = system;
        this.value = value;
    }
}
