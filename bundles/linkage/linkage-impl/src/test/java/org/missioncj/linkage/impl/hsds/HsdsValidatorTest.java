package org.missioncj.linkage.impl.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsdsValidatorTest {

    /** Validates and expects exactly one problem, which it returns. */
    private static HsdsProblem onlyProblem(SmallDirectory directory) {
        List<HsdsProblem> problems = HsdsValidator.validate(directory.build());
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    private static void assertProblem(HsdsProblem problem, String table, String id, int row, String field,
            String reasonPart) {
        assertEquals(table, problem.table(), problem::toString);
        assertEquals(id, problem.recordId(), problem::toString);
        assertEquals(row, problem.row(), problem::toString);
        assertEquals(field, problem.field(), problem::toString);
        assertTrue(problem.reason().contains(reasonPart), () -> problem + " should say: " + reasonPart);
    }

    @Test
    void handMadeDirectoryIsValid() {
        assertEquals(List.of(), HsdsValidator.validate(SmallDirectory.valid().build()));
    }

    @Test
    void idWithSpaceIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid()
                .add(HsdsTable.ORGANIZATION, "id", "org 2", "name", "Second", "description", "Second org."));
        assertProblem(problem, "organization", "org 2", 2, "id", "is not a valid id");
    }

    @Test
    void idLongerThan64IsRefused() {
        String id = "o".repeat(65);
        HsdsProblem problem = onlyProblem(SmallDirectory.valid()
                .add(HsdsTable.TAXONOMY, "id", id, "name", "Other", "description", "Other taxonomy."));
        assertProblem(problem, "taxonomy", id, 2, "id", "1 to 64 letters");
    }

    @Test
    void duplicateIdNamesBothRows() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid()
                .add(HsdsTable.ORGANIZATION, "id", "org-2", "name", "Second", "description", "Second org.")
                .add(HsdsTable.ORGANIZATION, "id", "org-1", "name", "Copy", "description", "Copy of first."));
        assertProblem(problem, "organization", "org-1", 3, "id", "'org-1' is already used by row 1");
    }

    @ParameterizedTest
    @CsvSource({
        "ORGANIZATION, name", "ORGANIZATION, description", "SERVICE, name", "SERVICE, organization_id",
        "SERVICE, status", "SERVICE_AT_LOCATION, service_id", "SERVICE_AT_LOCATION, location_id",
        "LOCATION, location_type", "ADDRESS, address_1", "ADDRESS, city", "ADDRESS, state_province",
        "ADDRESS, postal_code", "ADDRESS, country", "ADDRESS, address_type", "PHONE, number",
        "TAXONOMY_TERM, name", "TAXONOMY_TERM, description", "TAXONOMY, name", "PROGRAM, organization_id",
        "ATTRIBUTE, link_id", "ATTRIBUTE, taxonomy_term_id", "ATTRIBUTE, link_entity"})
    void missingRequiredFieldIsRefused(HsdsTable table, String column) {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(table, column, null));
        assertProblem(problem, table.hsdsName(), SmallDirectory.valid().build().records(table).get(0).get("id"), 1,
                column, "is required but missing");
    }

    @Test
    void missingIdIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.SERVICE_AREA, "id", null));
        assertProblem(problem, "service_area", null, 1, "id", "is required but missing");
    }

    @Test
    void brokenReferenceIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.SERVICE, "organization_id", "org-9"));
        assertProblem(problem, "service", "svc-1", 1, "organization_id", "'org-9' names no organization");
        assertEquals("service 'svc-1' (row 1): organization_id 'org-9' names no organization", problem.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "PROGRAM, organization_id, organization", "SERVICE, program_id, program",
        "LOCATION, organization_id, organization", "SERVICE_AT_LOCATION, location_id, location",
        "ADDRESS, location_id, location", "PHONE, location_id, location", "SERVICE_AREA, service_id, service",
        "TAXONOMY_TERM, taxonomy_id, taxonomy", "ATTRIBUTE, taxonomy_term_id, taxonomy_term",
        "ORGANIZATION, parent_organization_id, organization", "TAXONOMY_TERM, parent_id, taxonomy_term"})
    void everyReferenceMustResolve(HsdsTable table, String column, String target) {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(table, column, "nowhere-1"));
        assertProblem(problem, table.hsdsName(), SmallDirectory.valid().build().records(table).get(0).get("id"), 1,
                column, "'nowhere-1' names no " + target);
    }

    @Test
    void attributeLinkResolvesInTheTableLinkEntityNames() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.ATTRIBUTE, "link_entity", "location"));
        assertProblem(problem, "attribute", "attr-1", 1, "link_id", "'svc-1' names no location");
    }

    @Test
    void attributeLinkToOtherEntitiesResolves() {
        SmallDirectory directory = SmallDirectory.valid()
                .add(HsdsTable.ATTRIBUTE, "id", "attr-2", "link_id", "org-1", "taxonomy_term_id", "term-1",
                        "link_entity", "organization")
                .add(HsdsTable.ATTRIBUTE, "id", "attr-3", "link_id", "sal-1", "taxonomy_term_id", "term-1",
                        "link_entity", "service_at_location");
        assertEquals(List.of(), HsdsValidator.validate(directory.build()));
    }

    @Test
    void attributeLinkEntityOutsideTheListIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.ATTRIBUTE, "link_entity", "phone"));
        assertProblem(problem, "attribute", "attr-1", 1, "link_entity",
                "'phone' is not one of: service, organization, location, service_at_location");
    }

    @ParameterizedTest
    @CsvSource({
        "SERVICE, status, open, 'active, inactive, defunct, temporarily closed'",
        "LOCATION, location_type, office, 'physical, postal, virtual'",
        "ADDRESS, address_type, home, 'physical, postal, virtual'",
        "PHONE, type, landline, 'text, voice, fax, cell, video, pager, textphone'",
        "SERVICE_AREA, extent_type, shapefile, 'geojson, topojson, kml, text'"})
    void valueOutsideItsListIsRefused(HsdsTable table, String column, String value, String allowed) {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(table, column, value));
        assertProblem(problem, table.hsdsName(), SmallDirectory.valid().build().records(table).get(0).get("id"), 1,
                column, "'" + value + "' is not one of: " + allowed);
    }

    @ParameterizedTest
    @CsvSource({
        "SERVICE, minimum_age, 151, is not a whole number of years from 0 to 150",
        "SERVICE, minimum_age, 17.5, is not a whole number of years from 0 to 150",
        "SERVICE, maximum_age, -1, is not a whole number of years from 0 to 150",
        "LOCATION, latitude, 95, is not a latitude from -90 to 90",
        "LOCATION, latitude, north, is not a latitude from -90 to 90",
        "LOCATION, longitude, -180.5, is not a longitude from -180 to 180",
        "SERVICE, assured_date, 03/14/2025, is not a date in the form yyyy-MM-dd",
        "SERVICE, assured_date, 2025-02-30, is not a date in the form yyyy-MM-dd",
        "SERVICE, last_modified, 2025-03-14, is not an ISO 8601 date and time",
        "ORGANIZATION, year_incorporated, 98, is not a four-digit year",
        "ORGANIZATION, email, info.greywick.example.org, is not an email address",
        "SERVICE, email, a@b@example.org, is not an email address",
        "SERVICE, assurer_email, @example.org, is not an email address",
        "ORGANIZATION, website, www.greywick.example.org, is not a web address starting with http",
        "SERVICE, url, ftp://greywick.example.org, is not a web address starting with http",
        "ADDRESS, country, USA, is not a two-letter ISO 3166-1 country code",
        "ADDRESS, country, XX, is not a two-letter ISO 3166-1 country code",
        "PHONE, extension, 12b, is not a whole number",
        "PHONE, contact_id, contact 1, is not a valid id"})
    void valueOfTheWrongFormIsRefused(HsdsTable table, String column, String value, String reason) {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(table, column, value));
        assertProblem(problem, table.hsdsName(), SmallDirectory.valid().build().records(table).get(0).get("id"), 1,
                column, "'" + value + "' " + reason);
    }

    @Test
    void acceptedFormsPass() {
        SmallDirectory directory = SmallDirectory.valid()
                .set(HsdsTable.SERVICE, "last_modified", "2025-03-14T09:30:45.123+02:00")
                .set(HsdsTable.SERVICE, "minimum_age", "0")
                .set(HsdsTable.SERVICE, "maximum_age", "150")
                .set(HsdsTable.LOCATION, "latitude", "-90")
                .set(HsdsTable.LOCATION, "longitude", "180.0")
                .set(HsdsTable.ORGANIZATION, "website", "http://greywick.example.org/a?b=c")
                .set(HsdsTable.ADDRESS, "country", "CA");
        assertEquals(List.of(), HsdsValidator.validate(directory.build()));
    }

    @Test
    void minimumAgeAboveMaximumIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid()
                .set(HsdsTable.SERVICE, "minimum_age", "21").set(HsdsTable.SERVICE, "maximum_age", "18"));
        assertProblem(problem, "service", "svc-1", 1, "maximum_age", "'18' is below minimum_age '21'");
    }

    @Test
    void nameOver255CharactersIsRefusedSayingTheLimit() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.SERVICE, "name", "n".repeat(256)));
        assertProblem(problem, "service", "svc-1", 1, "name", "is 256 characters long; the limit for this column is 255");
    }

    @Test
    void descriptionOver4000CharactersIsRefusedSayingTheLimit() {
        SmallDirectory directory = SmallDirectory.valid();
        assertEquals(List.of(), HsdsValidator.validate(
                directory.set(HsdsTable.ORGANIZATION, "description", "d".repeat(4000)).build()));
        HsdsProblem problem = onlyProblem(directory.set(HsdsTable.ORGANIZATION, "description", "d".repeat(4001)));
        assertProblem(problem, "organization", "org-1", 1, "description", "the limit for this column is 4000");
    }

    @Test
    void controlCharacterIsRefusedButTabAndNewlinePass() {
        SmallDirectory directory = SmallDirectory.valid()
                .set(HsdsTable.ORGANIZATION, "description", "Line one\nLine two\twith a tab");
        assertEquals(List.of(), HsdsValidator.validate(directory.build()));
        HsdsProblem problem = onlyProblem(directory.set(HsdsTable.SERVICE, "name", "Bell\u0007 service"));
        assertProblem(problem, "service", "svc-1", 1, "name", "control character (U+0007) at position 5");
    }

    @Test
    void carriageReturnIsAControlCharacter() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().set(HsdsTable.PHONE, "description", "a\r\nb"));
        assertProblem(problem, "phone", "phn-1", 1, "description", "U+000D");
    }

    @Test
    void duplicateTaxonomyTermCodeIsRefused() {
        HsdsProblem problem = onlyProblem(SmallDirectory.valid().add(HsdsTable.TAXONOMY_TERM, "id", "term-2",
                "code", "peer-recovery-support", "name", "Again", "description", "Same code."));
        assertProblem(problem, "taxonomy_term", "term-2", 2, "code", "is already used by row 1");
    }

    @Test
    void everyProblemIsReportedInTableOrder() {
        SmallDirectory directory = SmallDirectory.valid()
                .set(HsdsTable.ATTRIBUTE, "taxonomy_term_id", "term-9")
                .set(HsdsTable.SERVICE, "status", "open")
                .set(HsdsTable.SERVICE, "email", "nobody")
                .set(HsdsTable.ORGANIZATION, "name", null);
        List<HsdsProblem> problems = HsdsValidator.validate(directory.build());
        assertEquals(List.of("organization.name", "service.email", "service.status", "attribute.taxonomy_term_id"),
                problems.stream().map(p -> p.table() + "." + p.field()).toList());
    }

    @Test
    void checkThrowsWithEveryProblem() {
        SmallDirectory directory = SmallDirectory.valid()
                .set(HsdsTable.SERVICE, "status", "open").set(HsdsTable.ADDRESS, "country", "USA");
        HsdsFormatException refused = assertThrows(HsdsFormatException.class,
                () -> HsdsValidator.check(directory.build()));
        assertEquals(2, refused.totalProblems());
        assertEquals(2, refused.problems().size());
        assertTrue(refused.getMessage().contains("service 'svc-1' (row 1): status 'open' is not one of"),
                refused::getMessage);
    }

    @Test
    void exceptionKeepsTheFirstHundredAndCountsAll() {
        SmallDirectory directory = SmallDirectory.valid();
        for (int i = 0; i < 150; i++) {
            directory.add(HsdsTable.SERVICE_AREA, "id", "sa-x" + i, "service_id", "svc-404");
        }
        HsdsFormatException refused = assertThrows(HsdsFormatException.class,
                () -> HsdsValidator.check(directory.build()));
        assertEquals(150, refused.totalProblems());
        assertEquals(100, refused.problems().size());
        assertTrue(refused.getMessage().contains("150 problems"), refused::getMessage);
    }

    @Test
    void problemTextReadsWithoutIdOrField() {
        assertEquals("service (row 3): name is required but missing",
                new HsdsProblem("service", null, 3, "name", "is required but missing").toString());
        assertEquals("the file is not valid JSON", HsdsProblem.ofFile("the file is not valid JSON").toString());
    }
}
