package org.missioncj.linkage.impl.hsds;

import static org.missioncj.linkage.impl.hsds.HsdsColumn.code;
import static org.missioncj.linkage.impl.hsds.HsdsColumn.optional;
import static org.missioncj.linkage.impl.hsds.HsdsColumn.reference;
import static org.missioncj.linkage.impl.hsds.HsdsColumn.required;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.AGE;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.COUNTRY;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.DATE;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.DATE_TIME;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.EMAIL;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.GEOMETRY;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.ID;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.LATITUDE;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.LONGITUDE;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.LONG_TEXT;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.TEXT;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.URL;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.WHOLE_NUMBER;
import static org.missioncj.linkage.impl.hsds.HsdsFieldKind.YEAR;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HSDS 3.0 tables this module imports, in dependency order: a table only refers to itself or
 * to tables above it, so writing in this order lets a reader resolve references as it goes.
 *
 * <p>Column names, their order, which are required and which refer to another table follow the
 * HSDS 3.0 tabular data package ({@code datapackage.json} of openreferral/specification, branch
 * 3.0). Tables HSDS has but the platform does not use (contact, schedule, funding, language, ...)
 * are left out; {@code phone.contact_id} is therefore kept as plain text.
 */
public enum HsdsTable {
    ORGANIZATION("organization", "organizations.csv",
            required("id", ID),
            required("name", TEXT),
            optional("alternate_name", TEXT),
            required("description", LONG_TEXT),
            optional("email", EMAIL),
            optional("website", URL),
            optional("tax_status", TEXT),
            optional("tax_id", TEXT),
            optional("year_incorporated", YEAR),
            optional("legal_status", TEXT),
            optional("logo", URL),
            optional("uri", URL),
            reference("parent_organization_id", "organization", false)),

    PROGRAM("program", "programs.csv",
            required("id", ID),
            reference("organization_id", "organization", true),
            required("name", TEXT),
            optional("alternate_name", TEXT),
            required("description", LONG_TEXT)),

    SERVICE("service", "services.csv",
            required("id", ID),
            reference("organization_id", "organization", true),
            reference("program_id", "program", false),
            required("name", TEXT),
            optional("alternate_name", TEXT),
            optional("description", LONG_TEXT),
            optional("url", URL),
            optional("email", EMAIL),
            code("status", true, "active", "inactive", "defunct", "temporarily closed"),
            optional("interpretation_services", LONG_TEXT),
            optional("application_process", LONG_TEXT),
            optional("fees_description", LONG_TEXT),
            optional("wait_time", TEXT),
            optional("fees", TEXT),
            optional("accreditations", LONG_TEXT),
            optional("eligibility_description", LONG_TEXT),
            optional("minimum_age", AGE),
            optional("maximum_age", AGE),
            optional("assured_date", DATE),
            optional("assurer_email", EMAIL),
            optional("licenses", LONG_TEXT),
            optional("alert", LONG_TEXT),
            optional("last_modified", DATE_TIME)),

    LOCATION("location", "locations.csv",
            required("id", ID),
            code("location_type", true, "physical", "postal", "virtual"),
            optional("url", URL),
            reference("organization_id", "organization", false),
            optional("name", TEXT),
            optional("alternate_name", TEXT),
            optional("description", LONG_TEXT),
            optional("transportation", LONG_TEXT),
            optional("latitude", LATITUDE),
            optional("longitude", LONGITUDE),
            optional("external_identifier", TEXT),
            optional("external_identifier_type", TEXT)),

    SERVICE_AT_LOCATION("service_at_location", "service_at_location.csv",
            required("id", ID),
            reference("service_id", "service", true),
            reference("location_id", "location", true),
            optional("description", LONG_TEXT)),

    ADDRESS("address", "addresses.csv",
            required("id", ID),
            reference("location_id", "location", false),
            optional("attention", TEXT),
            required("address_1", TEXT),
            optional("address_2", TEXT),
            required("city", TEXT),
            optional("region", TEXT),
            required("state_province", TEXT),
            required("postal_code", TEXT),
            required("country", COUNTRY),
            code("address_type", true, "physical", "postal", "virtual")),

    PHONE("phone", "phones.csv",
            required("id", ID),
            reference("location_id", "location", false),
            reference("service_id", "service", false),
            reference("organization_id", "organization", false),
            optional("contact_id", ID),
            reference("service_at_location_id", "service_at_location", false),
            required("number", TEXT),
            optional("extension", WHOLE_NUMBER),
            // HSDS names the RFC 6350 telephone types in the column description.
            code("type", false, "text", "voice", "fax", "cell", "video", "pager", "textphone"),
            optional("description", LONG_TEXT)),

    SERVICE_AREA("service_area", "service_areas.csv",
            required("id", ID),
            reference("service_id", "service", false),
            optional("name", TEXT),
            optional("description", LONG_TEXT),
            optional("extent", GEOMETRY),
            // HSDS names these formats in the column description.
            code("extent_type", false, "geojson", "topojson", "kml", "text"),
            optional("uri", URL)),

    TAXONOMY("taxonomy", "taxonomies.csv",
            required("id", ID),
            required("name", TEXT),
            required("description", LONG_TEXT),
            optional("uri", URL),
            optional("version", TEXT)),

    TAXONOMY_TERM("taxonomy_term", "taxonomy_terms.csv",
            required("id", ID),
            optional("code", TEXT),
            required("name", TEXT),
            required("description", LONG_TEXT),
            reference("parent_id", "taxonomy_term", false),
            optional("taxonomy", TEXT),
            optional("language", TEXT),
            reference("taxonomy_id", "taxonomy", false),
            optional("term_uri", URL)),

    ATTRIBUTE("attribute", "attributes.csv",
            required("id", ID),
            // Resolved in the table link_entity names, so it carries no fixed reference.
            required("link_id", ID),
            reference("taxonomy_term_id", "taxonomy_term", true),
            optional("link_type", TEXT),
            code("link_entity", true, "service", "organization", "location", "service_at_location"),
            optional("value", TEXT));

    private final String hsdsName;
    private final String csvFileName;
    private final List<HsdsColumn> columns;
    private final Map<String, Integer> indexByName;

    HsdsTable(String hsdsName, String csvFileName, HsdsColumn... columns) {
        this.hsdsName = hsdsName;
        this.csvFileName = csvFileName;
        this.columns = List.of(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            index.put(columns[i].name(), i);
        }
        this.indexByName = Map.copyOf(index);
    }

    /** The HSDS table name, e.g. {@code service_at_location}; also the key in the JSON form. */
    public String hsdsName() {
        return hsdsName;
    }

    /** The file name HSDS 3.0's tabular package gives this table, e.g. {@code services.csv}. */
    public String csvFileName() {
        return csvFileName;
    }

    /** The columns in HSDS order. */
    public List<HsdsColumn> columns() {
        return columns;
    }

    /** The column names in HSDS order. */
    public List<String> columnNames() {
        return columns.stream().map(HsdsColumn::name).toList();
    }

    /** The columns HSDS requires a value for. */
    public List<HsdsColumn> requiredColumns() {
        return columns.stream().filter(HsdsColumn::required).toList();
    }

    /** Each reference column and the table it names, in column order. */
    public Map<String, HsdsTable> references() {
        Map<String, HsdsTable> references = new LinkedHashMap<>();
        columns.stream().filter(c -> c.references() != null)
                .forEach(c -> references.put(c.name(), c.referencedTable()));
        return references;
    }

    /** The column of that name, if this table has one. */
    public Optional<HsdsColumn> column(String name) {
        Integer index = indexByName.get(name);
        return index == null ? Optional.empty() : Optional.of(columns.get(index));
    }

    /** The position of the column in HSDS order, or -1 when this table has no such column. */
    public int columnIndex(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    @Override
    public String toString() {
        return hsdsName;
    }

    /** The table with that HSDS name ({@code service_at_location}), if it is one we import. */
    public static Optional<HsdsTable> named(String hsdsName) {
        return Optional.ofNullable(Lookup.BY_NAME.get(hsdsName));
    }

    /**
     * The table a CSV file holds, judged by its name. HSDS 3.0 names the files in the plural
     * ({@code services.csv}); exports from some tools use the table name ({@code service.csv}),
     * so both are accepted.
     */
    public static Optional<HsdsTable> forCsvFile(String fileName) {
        return Optional.ofNullable(Lookup.BY_FILE.get(fileName));
    }

    /**
     * Whether the name (a table name or an HSDS 3.0 file name) is an HSDS 3.0 table the platform
     * does not use (contact, schedule, ...). Such tables are still refused, but with their own
     * reason, since the fix differs: leave the file out rather than correct its name.
     */
    static boolean isOtherHsdsTable(String name) {
        String table = name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name;
        return Lookup.OTHER_HSDS_TABLES.contains(table)
                || table.endsWith("s") && Lookup.OTHER_HSDS_TABLES.contains(table.substring(0, table.length() - 1));
    }

    /** The HSDS names of all tables, for messages that list what is accepted. */
    public static String allNames() {
        return Arrays.stream(values()).map(HsdsTable::hsdsName).collect(Collectors.joining(", "));
    }

    /** Built after the constants exist; an enum cannot fill a static map from its constructor. */
    private static final class Lookup {
        static final Map<String, HsdsTable> BY_NAME = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(HsdsTable::hsdsName, Function.identity()));
        static final Map<String, HsdsTable> BY_FILE;
        static final java.util.Set<String> OTHER_HSDS_TABLES = java.util.Set.of("contact", "schedule", "funding",
                "required_document", "language", "accessibility", "metadata", "meta_table_description",
                "cost_option", "organization_identifier");

        static {
            Map<String, HsdsTable> byFile = new HashMap<>();
            for (HsdsTable table : values()) {
                byFile.put(table.csvFileName, table);
                byFile.put(table.hsdsName + ".csv", table);
            }
            BY_FILE = Map.copyOf(byFile);
        }
    }
}
