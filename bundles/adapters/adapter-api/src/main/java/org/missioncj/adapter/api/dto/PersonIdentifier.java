package org.missioncj.adapter.api.dto;

/**
 * An identifier a host system knows the person by, in the registry's systems: {@code jail-booking},
 * {@code court-docket}, {@code state-id} (or a site's own).
 */
public class PersonIdentifier {
    public String system;
    public String value;

    public PersonIdentifier() {
    }

    public PersonIdentifier(String system, String value) {
        this.system = system;
        this.value = value;
    }
}
