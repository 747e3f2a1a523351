package org.missioncj.registry.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person served by the program. Read-only fields (id, version, audit stamps) are ignored on input. */
public class Participant {
    public String id;
    public long version;
    public String givenName;
    public String middleName;
    public String familyName;
    public String preferredName;
    public LocalDate dateOfBirth;
    public Sex sex;
    public String genderIdentity;
    public String pronouns;
    /** BCP 47 language tag, e.g. {@code en}, {@code es-MX}. */
    public String preferredLanguage;
    public String phone;
    public String email;
    public String addressLine1;
    public String addressLine2;
    public String city;
    public String state;
    public String postalCode;
    public List<Identifier> identifiers;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    /** Only on create: ids of existing participants with the same name and date of birth. */
    public List<String> possibleDuplicates;
}
