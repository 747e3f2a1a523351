package org.missioncj.linkage.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsTable;

/**
 * Builds what the directory's search and a service's detail read, from the file just imported: one row per service
 * (with its organization's name), its name words, its kinds (the taxonomy terms its attributes link it to), the places
 * it is offered (its locations' towns, postal codes and states, and its service areas), and the records its detail is
 * made of. Services and organizations that left the directory keep their row, marked retired, for the referrals that
 * name them; they are found by id, never by a search.
 */
final class SearchTables {
    static final int MAX_DESCRIPTION = 500;

    private final LinkageMapper read;
    private final LinkageMapper batch;
    // each table's rows, written together: a batch reuses its prepared statement only while the same one repeats
    private final List<LinkageMapper.ServiceRow> services = new ArrayList<>();
    private final List<LinkageMapper.ServiceValue> words = new ArrayList<>();
    private final List<LinkageMapper.ServiceValue> places = new ArrayList<>();
    private final List<LinkageMapper.ServiceKind> kinds = new ArrayList<>();
    private final List<LinkageMapper.LinkRow> linkRows = new ArrayList<>();
    private final List<Object[]> organizationRows = new ArrayList<>();

    SearchTables(LinkageMapper read, LinkageMapper batch) {
        this.read = read;
        this.batch = batch;
    }

    void rebuild(HsdsDataset d) {
        batch.clearWords();
        batch.clearKinds();
        batch.clearPlaces();
        batch.clearLinks();
        batch.clearServices();
        batch.clearOrganizations();

        Map<String, Map<String, String>> organizations = byId(d.records(HsdsTable.ORGANIZATION));
        Map<String, Map<String, String>> terms = byId(d.records(HsdsTable.TAXONOMY_TERM));
        Map<String, List<Map<String, String>>> addressesOf = groupBy(d.records(HsdsTable.ADDRESS), "location_id");
        Map<String, List<Map<String, String>>> sitesOf = groupBy(d.records(HsdsTable.SERVICE_AT_LOCATION), "service_id");
        Map<String, List<Map<String, String>>> areasOf = groupBy(d.records(HsdsTable.SERVICE_AREA), "service_id");
        Map<String, List<Map<String, String>>> phonesOfService = groupBy(d.records(HsdsTable.PHONE), "service_id");
        Map<String, List<Map<String, String>>> phonesOfLocation = groupBy(d.records(HsdsTable.PHONE), "location_id");
        Map<String, List<Map<String, String>>> phonesOfSite = groupBy(d.records(HsdsTable.PHONE), "service_at_location_id");
        Map<String, List<Map<String, String>>> attributesOf = new HashMap<>();
        for (Map<String, String> a : d.records(HsdsTable.ATTRIBUTE)) {
            if ("service".equals(a.get("link_entity"))) {
                attributesOf.computeIfAbsent(a.get("link_id"), k -> new ArrayList<>()).add(a);
            }
        }

        for (Map<String, String> o : d.records(HsdsTable.ORGANIZATION)) {
            organizationRows.add(new Object[] {o.get("id"), o.get("name"), null});
        }
        for (Map<String, String> s : d.records(HsdsTable.SERVICE)) {
            String id = s.get("id");
            Map<String, String> org = organizations.get(s.get("organization_id"));
            String orgName = org == null ? null : org.get("name");
            services.add(row(s, orgName, null));
            for (String w : Words.of(s.get("name"), s.get("alternate_name"), orgName)) {
                words.add(new LinkageMapper.ServiceValue(id, w));
            }
            Links links = new Links();
            links.add(HsdsTable.SERVICE, id);
            links.add(HsdsTable.ORGANIZATION, s.get("organization_id"));
            Set<String> placed = new LinkedHashSet<>();
            for (Map<String, String> site : sitesOf.getOrDefault(id, List.of())) {
                links.add(HsdsTable.SERVICE_AT_LOCATION, site.get("id"));
                String locationId = site.get("location_id");
                links.add(HsdsTable.LOCATION, locationId);
                links.addAll(HsdsTable.PHONE, phonesOfSite.get(site.get("id")));
                links.addAll(HsdsTable.PHONE, phonesOfLocation.get(locationId));
                for (Map<String, String> a : addressesOf.getOrDefault(locationId, List.of())) {
                    links.add(HsdsTable.ADDRESS, a.get("id"));
                    place(placed, a.get("city"));
                    place(placed, a.get("postal_code"));
                    place(placed, a.get("state_province"));
                    place(placed, a.get("region"));
                }
            }
            links.addAll(HsdsTable.PHONE, phonesOfService.get(id));
            for (Map<String, String> area : areasOf.getOrDefault(id, List.of())) {
                links.add(HsdsTable.SERVICE_AREA, area.get("id"));
                place(placed, area.get("name"));
            }
            for (String p : placed) {
                places.add(new LinkageMapper.ServiceValue(id, p));
            }
            Set<String> kindsOfService = new LinkedHashSet<>();
            for (Map<String, String> a : attributesOf.getOrDefault(id, List.of())) {
                links.add(HsdsTable.ATTRIBUTE, a.get("id"));
                Map<String, String> term = terms.get(a.get("taxonomy_term_id"));
                if (term != null && kindsOfService.add(term.get("id"))) {
                    links.add(HsdsTable.TAXONOMY_TERM, term.get("id"));
                    LinkageMapper.ServiceKind k = new LinkageMapper.ServiceKind();
                    k.serviceId = id;
                    k.termId = term.get("id");
                    k.code = term.get("code");
                    k.name = term.get("name");
                    kinds.add(k);
                }
            }
            links.into(linkRows, id);
        }

        // what left the directory keeps a row, found by id only
        Map<String, String> retiredOrgNames = new HashMap<>();
        for (LinkageMapper.RecordRow r : read.retiredRecords(HsdsTable.ORGANIZATION.hsdsName())) {
            Map<String, String> o = DirectoryWriter.fields(r.content);
            retiredOrgNames.put(r.id, o.get("name"));
            organizationRows.add(new Object[] {r.id, o.get("name"), r.retiredAt});
        }
        for (LinkageMapper.RecordRow r : read.retiredRecords(HsdsTable.SERVICE.hsdsName())) {
            Map<String, String> s = DirectoryWriter.fields(r.content);
            Map<String, String> org = organizations.get(s.get("organization_id"));
            String orgName = org != null ? org.get("name") : retiredOrgNames.get(s.get("organization_id"));
            services.add(row(s, orgName, r.retiredAt));
            // found by name with include_retired; never by kind or area (its attributes and locations left with it)
            for (String w : Words.of(s.get("name"), s.get("alternate_name"), orgName)) {
                words.add(new LinkageMapper.ServiceValue(r.id, w));
            }
            Links links = new Links();
            links.add(HsdsTable.SERVICE, r.id);
            links.add(HsdsTable.ORGANIZATION, s.get("organization_id"));
            links.into(linkRows, r.id);
        }
        for (Object[] o : organizationRows) {
            batch.insertOrganization((String) o[0], (String) o[1], Words.key((String) o[1]), (java.time.Instant) o[2]);
        }
        services.forEach(batch::insertService);
        words.forEach(batch::insertWord);
        places.forEach(batch::insertPlace);
        kinds.forEach(batch::insertKind);
        linkRows.forEach(batch::insertLink);
    }

    private static LinkageMapper.ServiceRow row(Map<String, String> s, String orgName, java.time.Instant retiredAt) {
        LinkageMapper.ServiceRow row = new LinkageMapper.ServiceRow();
        row.id = s.get("id");
        row.organizationId = s.get("organization_id");
        row.organizationName = orgName;
        row.name = s.get("name");
        row.nameKey = Words.key(s.get("name"));
        row.status = s.get("status");
        String description = s.get("description");
        row.description = description == null ? null : Words.cut(description, MAX_DESCRIPTION);
        row.retiredAt = retiredAt;
        return row;
    }

    private static void place(Set<String> places, String value) {
        String p = Words.fold(value);
        if (!p.isEmpty()) {
            places.add(Words.cut(p, Words.MAX_KEY));
        }
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> records) {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (Map<String, String> r : records) {
            m.put(r.get("id"), r);
        }
        return m;
    }

    private static Map<String, List<Map<String, String>>> groupBy(List<Map<String, String>> records, String column) {
        Map<String, List<Map<String, String>>> m = new HashMap<>();
        for (Map<String, String> r : records) {
            String k = r.get(column);
            if (k != null) {
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }

    /** The records of one service's detail, each once. */
    private static final class Links {
        private final Map<String, HsdsTable> links = new LinkedHashMap<>();

        void add(HsdsTable table, String id) {
            if (id != null) {
                links.putIfAbsent(table.hsdsName() + '\u0000' + id, table);
            }
        }

        void addAll(HsdsTable table, List<Map<String, String>> records) {
            if (records != null) {
                records.forEach(r -> add(table, r.get("id")));
            }
        }

        void into(List<LinkageMapper.LinkRow> rows, String serviceId) {
            for (Map.Entry<String, HsdsTable> e : links.entrySet()) {
                String id = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
                rows.add(new LinkageMapper.LinkRow(serviceId, e.getValue().hsdsName(), id));
            }
        }
    }
}
