package org.missioncj.linkage.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.ValidationException;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.HsdsPage;
import org.missioncj.linkage.api.dto.ServiceSearch;
import org.missioncj.linkage.api.dto.ServiceSummary;
import org.missioncj.linkage.api.dto.TableCounts;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsGenerator;
import org.missioncj.linkage.impl.hsds.HsdsTable;
import org.missioncj.linkage.impl.hsds.MissionServiceKind;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/** The directory's import (all or nothing, idempotent, retiring), export and search, on a 2,000-service file. */
class DirectoryImportTest {
    private static final Clock CLOCK = Clock.fixed(TestPlatform.NOW, TestPlatform.ZONE);
    private static HsdsDataset directory;

    @BeforeAll
    static void file() {
        directory = HsdsGenerator.generate(2000, 11);
    }

    private static LinkageFixture fresh() {
        return new LinkageFixture(CLOCK);
    }

    private static TableCounts counts(DirectoryImport r, HsdsTable t) {
        return r.tables.stream().filter(c -> c.table.equals(t.hsdsName())).findFirst().orElseThrow();
    }

    private static ServiceSearch search(String text, String kind, String area) {
        ServiceSearch q = new ServiceSearch();
        q.text = text;
        q.kind = kind;
        q.area = area;
        return q;
    }

    @Test
    void aDirectoryOf2000ServicesIsImportedAndSearchedByKindNameAndArea() {
        LinkageFixture f = fresh();
        DirectoryImport r = f.importJson(directory);
        assertTrue(r.changed);
        assertEquals(2000, counts(r, HsdsTable.SERVICE).added);
        for (HsdsTable t : HsdsTable.values()) {
            assertEquals(directory.records(t).size(), counts(r, t).added, t.hsdsName());
        }

        String kind = MissionServiceKind.TRAUMA_SPECIALIZED_CARE.code();
        HsdsPage<ServiceSummary> trauma = f.directory.searchServices(f.ADMIN, search(null, kind, null), 1, 200);
        assertTrue(trauma.total_items > 0, "some trauma-specialised services");
        assertTrue(trauma.contents.stream().allMatch(s -> s.organization_id != null && s.organization_name != null
                && s.retired_at == null), "each with its organization, none retired");
        assertTrue(trauma.contents.stream().allMatch(s -> s.kinds.contains(kind)), "only those");
        assertEquals(1, trauma.page_number);
        assertEquals((trauma.total_items + 199) / 200, trauma.total_pages);

        Map<String, String> first = directory.records(HsdsTable.SERVICE).get(0);
        String name = first.get("name");
        HsdsPage<ServiceSummary> byName = f.directory.searchServices(f.ADMIN,
                search(name.toUpperCase(java.util.Locale.ROOT), null, null), 1, 50);
        assertTrue(byName.contents.stream().anyMatch(s -> s.id.equals(first.get("id"))), name);

        String city = cityOf(first.get("id"));
        HsdsPage<ServiceSummary> inTown = f.directory.searchServices(f.ADMIN, search(null, null, " " + city.toLowerCase(
                java.util.Locale.ROOT) + " "), 1, 200);
        assertTrue(inTown.total_items > 0 && inTown.total_items < 2000, city + ": " + inTown.total_items);

        Map<String, Object> detail = f.directory.service(f.ADMIN, first.get("id"));
        assertEquals(name, detail.get("name"));
        assertNotNull(detail.get("organization"));
        assertFalse(((List<?>) detail.get("service_at_locations")).isEmpty());
        assertFalse(((List<?>) detail.get("attributes")).isEmpty());
    }

    /** A town one of the service's locations is in. */
    private static String cityOf(String serviceId) {
        String location = directory.records(HsdsTable.SERVICE_AT_LOCATION).stream()
                .filter(s -> serviceId.equals(s.get("service_id"))).findFirst().orElseThrow().get("location_id");
        return directory.records(HsdsTable.ADDRESS).stream().filter(a -> location.equals(a.get("location_id")))
                .findFirst().orElseThrow().get("city");
    }

    @Test
    void theSameFileAgainChangesNothingInEitherForm() {
        LinkageFixture f = fresh();
        f.importJson(directory);
        DirectoryImport again = f.importJson(directory);
        assertFalse(again.changed);
        assertEquals(2000, counts(again, HsdsTable.SERVICE).unchanged);
        DirectoryImport asCsv = f.importCsv(directory);
        assertFalse(asCsv.changed, "the tabular package of the same directory is the same directory");
    }

    @Test
    void anExportImportsBackUnchanged() {
        LinkageFixture f = fresh();
        f.importJson(directory);
        for (DirectoryFormat format : DirectoryFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.directory.exportDirectory(f.ADMIN, format, out);
            DirectoryImport back = f.directory.importDirectory(f.ADMIN, format,
                    new ByteArrayInputStream(out.toByteArray()));
            assertFalse(back.changed, format.name());
        }
    }

    @Test
    void aNewerFileUpdatesWhatChangedAndRetiresWhatItNoLongerHas() {
        LinkageFixture f = fresh();
        f.importJson(directory);
        String renamed = directory.records(HsdsTable.SERVICE).get(0).get("id");
        String dropped = directory.records(HsdsTable.SERVICE).get(1).get("id");
        HsdsDataset newer = without(renamed(directory, renamed, "Quillfeather Harbor Reentry Navigation"), dropped);
        DirectoryImport r = f.importJson(newer);
        assertTrue(r.changed);
        assertEquals(1, counts(r, HsdsTable.SERVICE).updated);
        assertEquals(1, counts(r, HsdsTable.SERVICE).retired);
        assertEquals(1998, counts(r, HsdsTable.SERVICE).unchanged);

        HsdsPage<ServiceSummary> found = f.directory.searchServices(f.ADMIN, search("quillfeather harbor", null, null), 1, 10);
        assertEquals(List.of(renamed), found.contents.stream().map(s -> s.id).toList());
        assertTrue(f.directory.searchServices(f.ADMIN, search(null, null, null), 1, 200).total_items == 1999);
        Map<String, Object> gone = f.directory.service(f.ADMIN, dropped);
        assertNotNull(gone.get("retired_at"), "a retired service stays readable for the referrals that name it");
        ServiceSearch all = search(null, null, null);
        all.includeRetired = true;
        assertEquals(2000, f.directory.searchServices(f.ADMIN, all, 1, 10).total_items);
        // found again by name with include_retired, and marked (attack finding: neither was so)
        String droppedName = directory.records(HsdsTable.SERVICE).get(1).get("name");
        ServiceSearch byName = search(droppedName, null, null);
        byName.includeRetired = true;
        ServiceSummary retired = f.directory.searchServices(f.ADMIN, byName, 1, 200).contents.stream()
                .filter(x -> x.id.equals(dropped)).findFirst().orElseThrow(() -> new AssertionError(droppedName));
        assertNotNull(retired.retired_at);
        assertNotNull(retired.organization_id);
        assertNotNull(retired.organization_name);

        DirectoryImport back = f.importJson(directory);
        assertEquals(2, counts(back, HsdsTable.SERVICE).updated, "renamed back, and brought back");
        assertEquals(2000, f.directory.searchServices(f.ADMIN, search(null, null, null), 1, 10).total_items);
    }

    @Test
    void aFileWithOneBrokenReferenceIsRefusedWholeAndChangesNothing() {
        LinkageFixture f = fresh();
        f.importJson(directory);
        Map<String, String> sixth = directory.records(HsdsTable.SERVICE).get(5);
        HsdsDataset broken = edited(renamed(directory, directory.records(HsdsTable.SERVICE).get(0).get("id"),
                "Should Never Appear Outreach"), (t, r) -> {
                    if (t == HsdsTable.SERVICE && sixth.get("id").equals(r.get("id"))) {
                        r.put("organization_id", "org-that-is-not-there");
                    }
                    return r;
                });
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.importJson(broken));
        assertTrue(e.errors().stream().anyMatch(x -> x.field.equals("service[6](" + sixth.get("id") + ").organization_id")),
                e.errors().toString());
        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        assertEquals(0, f.directory.searchServices(f.ADMIN, search("never appear", null, null), 1, 10).total_items);
    }

    @Test
    void aDuplicateIdIsRefusedWhole() {
        LinkageFixture f = fresh();
        HsdsDataset twice = edited(HsdsGenerator.generate(20, 3), (t, r) -> r);
        twice.add(HsdsTable.SERVICE, new LinkedHashMap<>(twice.records(HsdsTable.SERVICE).get(0)));
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.importJson(twice));
        assertTrue(e.errors().stream().anyMatch(x -> x.field.startsWith("service[21]")), e.errors().toString());
        assertEquals(0, f.directory.searchServices(f.ADMIN, search(null, null, null), 1, 10).total_items);
    }

    @Test
    void aFileThatIsNotHsdsOrHasNoServicesIsRefused() {
        LinkageFixture f = fresh();
        f.importJson(directory);
        for (String body : List.of("{}", "[1, 2]", "{\"service\": [{\"id\": \"x\", \"name\": {\"nested\": 1}}]}",
                "not json")) {
            assertThrows(UnprocessableException.class, () -> f.directory.importDirectory(f.ADMIN, DirectoryFormat.JSON,
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))), body);
        }
        assertThrows(UnprocessableException.class, () -> f.directory.importDirectory(f.ADMIN, DirectoryFormat.CSV,
                new ByteArrayInputStream("no zip".getBytes(StandardCharsets.UTF_8))));
        assertEquals(2000, f.directory.searchServices(f.ADMIN, search(null, null, null), 1, 10).total_items,
                "an empty file does not retire the directory");
    }

    @Test
    void everyPageOfALargeDirectoryIsReachable() {
        // attack finding: the platform's capped count (10,001) ended HSDS paging there
        LinkageFixture f = fresh();
        f.importJson(HsdsGenerator.generate(10_050, 8));
        HsdsPage<ServiceSummary> last = f.directory.searchServices(f.ADMIN, null, 101, 100);
        assertEquals(10_050, last.total_items);
        assertEquals(101, last.total_pages);
        assertEquals(50, last.contents.size());
        assertTrue(last.last_page);
    }

    @Test
    void aBlankRequiredNameIsRefused() {
        LinkageFixture f = fresh();
        HsdsDataset blank = edited(HsdsGenerator.generate(5, 4), (t, r) -> {
            if (t == HsdsTable.SERVICE && r.get("id").equals(HsdsGenerator.generate(5, 4).records(HsdsTable.SERVICE)
                    .get(0).get("id"))) {
                r.put("name", "   ");
            }
            return r;
        });
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> f.importJson(blank));
        assertTrue(e.errors().stream().anyMatch(x -> x.field.endsWith(".name") && x.reason.contains("blank")),
                e.errors().toString());
    }

    @Test
    void onlyProgramAdminsAndIntegrationsLoadOrExportTheDirectory() {
        LinkageFixture f = fresh();
        assertThrows(ForbiddenException.class, () -> f.directory.importDirectory(TestActors.of("cm", Role.CASE_MANAGER),
                DirectoryFormat.JSON, new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
        assertThrows(ForbiddenException.class, () -> f.directory.exportDirectory(TestActors.of("cm", Role.CASE_MANAGER),
                DirectoryFormat.JSON, new ByteArrayOutputStream()));
        assertThrows(ForbiddenException.class, () -> f.directory.searchServices(TestActors.of("liaison",
                Role.COURT_LIAISON), null, 1, 10));
        f.importJson(HsdsGenerator.generate(10, 1));
        assertEquals(10, f.directory.searchServices(TestActors.of("cm", Role.CASE_MANAGER), null, 1, 50).total_items);
    }

    @Test
    void pagesAreNumberedFromOneAndBounded() {
        LinkageFixture f = fresh();
        assertThrows(ValidationException.class, () -> f.directory.searchServices(f.ADMIN, null, 0, 10));
        assertThrows(ValidationException.class, () -> f.directory.searchServices(f.ADMIN, null, 1, 201));
        f.importJson(HsdsGenerator.generate(30, 2));
        HsdsPage<ServiceSummary> last = f.directory.searchServices(f.ADMIN, null, 3, 12);
        assertEquals(6, last.contents.size());
        assertEquals(3, last.total_pages);
        assertTrue(last.last_page);
        assertFalse(last.first_page);
        assertTrue(f.directory.searchServices(f.ADMIN, null, 4, 12).empty);
    }

    /** A record's edit: the record to keep (changed or not), or null to leave it out. */
    interface Edit {
        Map<String, String> apply(HsdsTable table, Map<String, String> record);
    }

    static HsdsDataset edited(HsdsDataset d, Edit edit) {
        HsdsDataset c = new HsdsDataset();
        for (HsdsTable t : HsdsTable.values()) {
            for (Map<String, String> r : d.records(t)) {
                Map<String, String> kept = edit.apply(t, new LinkedHashMap<>(r));
                if (kept != null) {
                    c.add(t, kept);
                }
            }
        }
        return c;
    }

    /** The dataset with the service renamed. */
    static HsdsDataset renamed(HsdsDataset d, String serviceId, String name) {
        return edited(d, (t, r) -> {
            if (t == HsdsTable.SERVICE && serviceId.equals(r.get("id"))) {
                r.put("name", name);
            }
            return r;
        });
    }

    /** The dataset without the service and the records that belong to it. */
    static HsdsDataset without(HsdsDataset d, String serviceId) {
        Set<String> sites = new HashSet<>();
        d.records(HsdsTable.SERVICE_AT_LOCATION).stream().filter(s -> serviceId.equals(s.get("service_id")))
                .forEach(s -> sites.add(s.get("id")));
        return edited(d, (t, r) -> {
            boolean belongs = (t == HsdsTable.SERVICE && serviceId.equals(r.get("id")))
                    || (t == HsdsTable.SERVICE_AT_LOCATION && sites.contains(r.get("id")))
                    || (t == HsdsTable.PHONE && (serviceId.equals(r.get("service_id"))
                            || sites.contains(r.get("service_at_location_id"))))
                    || (t == HsdsTable.SERVICE_AREA && serviceId.equals(r.get("service_id")))
                    || (t == HsdsTable.ATTRIBUTE && serviceId.equals(r.get("link_id")));
            return belongs ? null : r;
        });
    }
}
