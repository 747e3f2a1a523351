package org.missioncj.housing.api.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit a participant may live in; a recovery residence is a kind of unit. */
public class Unit {
    public String id;
    public long version;
    public String site;
    /** Optional (a recovery residence may have none). */
    public String landlordId;
    public Kind kind;
    public String address;
    public String area;
    public Integer bedrooms;
    public BigDecimal monthlyRent;
    public boolean accessible;
    public boolean petsAllowed;
    public String terms;
    public boolean available;
    public Instant updatedAt;
    public String updatedBy;

    public enum Kind {
        APARTMENT, HOUSE, ROOM, SHARED, RECOVERY_RESIDENCE, SUPPORTIVE_HOUSING
    }
}
