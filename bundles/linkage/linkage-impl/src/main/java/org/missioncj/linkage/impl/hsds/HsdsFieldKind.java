package org.missioncj.linkage.impl.hsds;

/**
 * What a column holds, which decides how the validator checks it and which Frictionless type the
 * tabular package declares. HSDS 3.0 types most columns as plain strings; the kinds here add the
 * checks a receiving system needs (an age is a whole number, a website starts with http).
 */
public enum HsdsFieldKind {
    /** A record identifier: 1-64 characters of letters, digits and {@code . _ : -}. */
    ID("string", 64),
    /** A short text such as a name: at most 255 characters. */
    TEXT("string", 255),
    /** A description or other long text: at most 4000 characters. */
    LONG_TEXT("string", 4000),
    /** A value from a fixed list, given on the column. */
    CODE("string", 255),
    /** Any decimal number. */
    NUMBER("number", 0),
    /** A whole number of zero or more, such as a phone extension. */
    WHOLE_NUMBER("number", 0),
    /** An age in whole years, 0 to 150. */
    AGE("number", 0),
    /** A latitude in decimal degrees, -90 to 90. */
    LATITUDE("number", 0),
    /** A longitude in decimal degrees, -180 to 180. */
    LONGITUDE("number", 0),
    /** A four-digit year. */
    YEAR("number", 0),
    /** A calendar date, yyyy-MM-dd. */
    DATE("date", 0),
    /** An ISO 8601 date and time, such as 2025-03-14T09:30:00Z. */
    DATE_TIME("datetime", 0),
    /** An email address. */
    EMAIL("string", 255),
    /** A web address starting with http:// or https://. */
    URL("string", 2048),
    /** An ISO 3166-1 alpha-2 country code such as US. */
    COUNTRY("string", 0),
    /** A map area (GeoJSON, KML...): not length-limited, since a county outline is large. */
    GEOMETRY("string", 0);

    private final String frictionlessType;
    private final int maxLength;

    HsdsFieldKind(String frictionlessType, int maxLength) {
        this.frictionlessType = frictionlessType;
        this.maxLength = maxLength;
    }

    /** The type named in {@code datapackage.json} for a column of this kind. */
    public String frictionlessType() {
        return frictionlessType;
    }

    /** The longest value accepted, in characters; 0 where the format check already bounds it. */
    public int maxLength() {
        return maxLength;
    }
}
