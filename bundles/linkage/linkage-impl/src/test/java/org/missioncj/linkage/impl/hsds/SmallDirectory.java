package org.missioncj.linkage.impl.hsds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made valid directory with one record in most tables, which a test changes in one place
 * to see that exactly that change is refused.
 */
final class SmallDirectory {

    private final Map<HsdsTable, List<Map<String, String>>> tables = new EnumMap<>(HsdsTable.class);

    static SmallDirectory valid() {
        SmallDirectory d = new SmallDirectory();
        d.add(HsdsTable.ORGANIZATION, "id", "org-1", "name", "Greywick Recovery Center",
                "description", "Recovery services in Greywick.", "email", "info@greywick.example.org",
                "website", "https://greywick.example.org", "year_incorporated", "1998");
        d.add(HsdsTable.PROGRAM, "id", "prg-1", "organization_id", "org-1", "name", "Greywick Bridge Program",
                "description", "Coordinated reentry services.");
        d.add(HsdsTable.SERVICE, "id", "svc-1", "organization_id", "org-1", "program_id", "prg-1",
                "name", "Greywick Recovery Center - Peer Recovery Coaching", "status", "active",
                "url", "https://greywick.example.org/peer", "email", "intake@greywick.example.org",
                "minimum_age", "18", "maximum_age", "64", "assured_date", "2025-03-14",
                "last_modified", "2025-03-14T09:30:00Z");
        d.add(HsdsTable.LOCATION, "id", "loc-1", "location_type", "physical", "organization_id", "org-1",
                "name", "Greywick Office", "latitude", "44.97", "longitude", "-93.26");
        d.add(HsdsTable.SERVICE_AT_LOCATION, "id", "sal-1", "service_id", "svc-1", "location_id", "loc-1");
        d.add(HsdsTable.ADDRESS, "id", "adr-1", "location_id", "loc-1", "address_1", "12 Heron Lane",
                "city", "Greywick", "state_province", "Verdania", "postal_code", "80542", "country", "US",
                "address_type", "physical");
        d.add(HsdsTable.PHONE, "id", "phn-1", "location_id", "loc-1", "number", "(555) 555-0123",
                "extension", "12", "type", "voice");
        d.add(HsdsTable.SERVICE_AREA, "id", "sa-1", "service_id", "svc-1", "name", "Carrow County");
        d.add(HsdsTable.TAXONOMY, "id", "tax-1", "name", "MISSION service kinds", "description", "Kinds of help.");
        d.add(HsdsTable.TAXONOMY_TERM, "id", "term-1", "code", "peer-recovery-support",
                "name", "Peer recovery support", "description", "Coaching by peers.", "taxonomy_id", "tax-1");
        d.add(HsdsTable.ATTRIBUTE, "id", "attr-1", "link_id", "svc-1", "taxonomy_term_id", "term-1",
                "link_type", "service_kind", "link_entity", "service");
        return d;
    }

    /** Appends a record given as column, value pairs. */
    SmallDirectory add(HsdsTable table, String... columnsAndValues) {
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            record.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        tables.computeIfAbsent(table, t -> new ArrayList<>()).add(record);
        return this;
    }

    /** Sets (or with null, removes) one value of the table's first record. */
    SmallDirectory set(HsdsTable table, String column, String value) {
        Map<String, String> record = tables.get(table).get(0);
        if (value == null) {
            record.remove(column);
        } else {
            record.put(column, value);
        }
        return this;
    }

    HsdsDataset build() {
        HsdsDataset dataset = new HsdsDataset();
        tables.forEach((table, records) -> records.forEach(record -> dataset.add(table, record)));
        return dataset;
    }
}
