package org.missioncj.linkage.impl.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HsdsGeneratorTest {

    private final HsdsDataset directory = HsdsGenerator.generate(400, 7L);

    @Test
    void sameSeedGivesTheSameDirectory() {
        assertEquals(directory, HsdsGenerator.generate(400, 7L));
        assertNotEquals(directory, HsdsGenerator.generate(400, 8L));
    }

    @Test
    void everyTableHasRecords() {
        for (HsdsTable table : HsdsTable.values()) {
            assertFalse(directory.records(table).isEmpty(), table::hsdsName);
        }
        assertEquals(400, directory.records(HsdsTable.SERVICE).size());
        assertEquals(100, directory.records(HsdsTable.ORGANIZATION).size());
        assertEquals(List.of(), HsdsValidator.validate(directory));
    }

    @Test
    void evenAOneServiceDirectoryHasEveryTable() {
        HsdsDataset tiny = HsdsGenerator.generate(1, 3L);
        for (HsdsTable table : HsdsTable.values()) {
            assertFalse(tiny.records(table).isEmpty(), table::hsdsName);
        }
        assertEquals(List.of(), HsdsValidator.validate(tiny));
    }

    @Test
    void everyServiceIsOfferedAtOneOrTwoOfItsOrganizationsLocations() {
        Map<String, String> organizationOfService = byId(HsdsTable.SERVICE, "organization_id");
        Map<String, String> organizationOfLocation = byId(HsdsTable.LOCATION, "organization_id");
        Map<String, Integer> sites = new HashMap<>();
        for (Map<String, String> link : directory.records(HsdsTable.SERVICE_AT_LOCATION)) {
            String service = link.get("service_id");
            assertEquals(organizationOfService.get(service), organizationOfLocation.get(link.get("location_id")));
            sites.merge(service, 1, Integer::sum);
        }
        assertEquals(organizationOfService.keySet(), sites.keySet());
        assertTrue(sites.values().stream().allMatch(n -> n >= 1 && n <= 2));
        long organizationsWithTwo = directory.records(HsdsTable.LOCATION).stream()
                .collect(Collectors.groupingBy(l -> l.get("organization_id"), Collectors.counting()))
                .values().stream().filter(n -> n == 2).count();
        assertTrue(organizationsWithTwo > 0 && organizationsWithTwo < 100);
    }

    @Test
    void everyServiceHasOneToThreeServiceKinds() {
        Set<String> termIds = directory.records(HsdsTable.TAXONOMY_TERM).stream().map(t -> t.get("id"))
                .collect(Collectors.toSet());
        assertEquals(MissionServiceKind.values().length, termIds.size());
        assertTrue(termIds.contains(MissionServiceKind.NALOXONE_DISTRIBUTION.termId()));
        Map<String, Long> kindsPerService = directory.records(HsdsTable.ATTRIBUTE).stream()
                .peek(a -> assertEquals("service", a.get("link_entity")))
                .peek(a -> assertEquals(HsdsGenerator.SERVICE_KIND_LINK_TYPE, a.get("link_type")))
                .collect(Collectors.groupingBy(a -> a.get("link_id"), Collectors.counting()));
        assertEquals(400, kindsPerService.size());
        assertTrue(kindsPerService.values().stream().allMatch(n -> n >= 1 && n <= 3));
        directory.records(HsdsTable.TAXONOMY_TERM).forEach(term -> {
            assertEquals(HsdsGenerator.SERVICE_KIND_TAXONOMY_ID, term.get("taxonomy_id"));
            assertTrue(MissionServiceKind.forCode(term.get("code")).isPresent(), term::toString);
        });
    }

    @Test
    void contactDetailsAreFictional() {
        directory.records(HsdsTable.PHONE).forEach(phone ->
                assertTrue(phone.get("number").matches("\\(555\\) 555-01\\d\\d"), phone::toString));
        directory.records(HsdsTable.ORGANIZATION).forEach(org ->
                assertTrue(org.get("website").endsWith(".example.org"), org::toString));
        directory.records(HsdsTable.SERVICE).forEach(service -> {
            assertTrue(service.get("email").endsWith(".example.org"), service::toString);
            assertTrue(service.get("name").contains(" - "), service::toString);
        });
    }

    private Map<String, String> byId(HsdsTable table, String column) {
        return directory.records(table).stream().collect(Collectors.toMap(r -> r.get("id"), r -> r.get(column)));
    }
}
