package org.missioncj.linkage.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.linkage.impl.hsds.HsdsColumn;
import org.missioncj.linkage.impl.hsds.HsdsFieldKind;
import org.missioncj.linkage.impl.hsds.HsdsTable;

/**
 * A service as HSDS 3 nests it, from the records its detail is made of: the service's own columns, then its
 * {@code organization}, {@code service_at_locations} (each with its {@code location}, the location's
 * {@code addresses} and {@code phones}), {@code phones}, {@code service_areas} and {@code attributes} (each with its
 * {@code taxonomy_term}). Numbers are JSON numbers, as HSDS types them.
 */
final class ServiceDetail {
    private ServiceDetail() {
    }

    static Map<String, Object> of(String serviceId, List<LinkageMapper.RecordRow> rows, Instant retiredAt) {
        Map<HsdsTable, Map<String, Map<String, Object>>> byTable = new EnumMap<>(HsdsTable.class);
        for (LinkageMapper.RecordRow r : rows) {
            HsdsTable.named(r.tableName).ifPresent(t -> byTable.computeIfAbsent(t, x -> new LinkedHashMap<>())
                    .put(r.id, typed(t, DirectoryWriter.fields(r.content))));
        }
        Map<String, Object> service = new LinkedHashMap<>(table(byTable, HsdsTable.SERVICE).getOrDefault(serviceId,
                Map.of("id", serviceId)));
        if (retiredAt != null) {
            service.put("retired_at", retiredAt.toString());
        }
        Object orgId = service.get("organization_id");
        Map<String, Object> org = orgId == null ? null : table(byTable, HsdsTable.ORGANIZATION).get(orgId.toString());
        if (org != null) {
            service.put("organization", org);
        }
        List<Map<String, Object>> phones = new ArrayList<>();
        List<Map<String, Object>> locationPhones = new ArrayList<>();
        for (Map<String, Object> p : table(byTable, HsdsTable.PHONE).values()) {
            (serviceId.equals(p.get("service_id")) ? phones : locationPhones).add(p);
        }
        List<Map<String, Object>> sites = new ArrayList<>();
        for (Map<String, Object> site : table(byTable, HsdsTable.SERVICE_AT_LOCATION).values()) {
            Map<String, Object> s = new LinkedHashMap<>(site);
            Map<String, Object> location = table(byTable, HsdsTable.LOCATION).get(String.valueOf(site.get("location_id")));
            if (location != null) {
                Map<String, Object> l = new LinkedHashMap<>(location);
                l.put("addresses", where(table(byTable, HsdsTable.ADDRESS).values(), "location_id", location.get("id")));
                l.put("phones", where(locationPhones, "location_id", location.get("id")));
                s.put("location", l);
            }
            s.put("phones", where(locationPhones, "service_at_location_id", site.get("id")));
            sites.add(s);
        }
        service.put("service_at_locations", sites);
        service.put("phones", phones);
        service.put("service_areas", new ArrayList<>(table(byTable, HsdsTable.SERVICE_AREA).values()));
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Map<String, Object> a : table(byTable, HsdsTable.ATTRIBUTE).values()) {
            Map<String, Object> x = new LinkedHashMap<>(a);
            Map<String, Object> term = table(byTable, HsdsTable.TAXONOMY_TERM).get(String.valueOf(a.get("taxonomy_term_id")));
            if (term != null) {
                x.put("taxonomy_term", term);
            }
            attributes.add(x);
        }
        service.put("attributes", attributes);
        return service;
    }

    private static Map<String, Map<String, Object>> table(Map<HsdsTable, Map<String, Map<String, Object>>> byTable,
            HsdsTable t) {
        return byTable.getOrDefault(t, Map.of());
    }

    private static List<Map<String, Object>> where(Iterable<Map<String, Object>> records, String column, Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : records) {
            if (value != null && value.equals(r.get(column))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The stored text of each column, as HSDS types it: numbers as numbers. */
    static Map<String, Object> typed(HsdsTable t, Map<String, String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            HsdsFieldKind kind = t.column(f.getKey()).map(HsdsColumn::kind).orElse(HsdsFieldKind.TEXT);
            out.put(f.getKey(), "number".equals(kind.frictionlessType()) ? number(f.getValue()) : f.getValue());
        }
        return out;
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
