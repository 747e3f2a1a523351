package org.missioncj.linkage.impl.hsds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class HsdsCsvTest {

    private static final String ORGANIZATIONS = "id,name,description\r\norg-1,Greywick Recovery Center,Recovery.\r\n";

    /** A zip of the given files, name then content. */
    private static byte[] zip(String... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(UTF_8));
        }
        return zip(files);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static HsdsDataset read(byte[] zip) {
        return HsdsCsv.read(new ByteArrayInputStream(zip));
    }

    private static HsdsProblem onlyProblem(byte[] zip) {
        HsdsFormatException e = assertThrows(HsdsFormatException.class, () -> read(zip));
        assertEquals(1, e.totalProblems(), e::getMessage);
        return e.problems().get(0);
    }

    private static Map<String, String> firstOrganization(String csv) {
        return read(zip("organizations.csv", csv)).records(HsdsTable.ORGANIZATION).get(0);
    }

    @Test
    void quotedFieldMayHoldCommasQuotesAndNewlines() {
        Map<String, String> org = firstOrganization(
                "id,name,description\r\norg-1,\"Greywick, North\",\"She said \"\"hello\"\"\r\nthen left\"\r\n");
        assertEquals("Greywick, North", org.get("name"));
        assertEquals("She said \"hello\"\nthen left", org.get("description"));
    }

    @Test
    void lineFeedEndingsAndByteOrderMarkAreAccepted() {
        Map<String, String> org = firstOrganization("\uFEFFid,name\norg-1,\"Two\nlines\"\norg-2,Second\n");
        assertEquals("org-1", org.get("id"));
        assertEquals("Two\nlines", org.get("name"));
        HsdsDataset dataset = read(zip("organizations.csv", "\uFEFFid,name\norg-1,A\norg-2,B"));
        assertEquals(2, dataset.records(HsdsTable.ORGANIZATION).size());
    }

    @Test
    void emptyFieldIsAbsentAndBlankLinesAreSkipped() {
        HsdsDataset dataset = read(zip("organizations.csv", "id,name,email\r\norg-1,,\r\n\r\norg-2,B,\r\n\r\n"));
        assertEquals(2, dataset.records(HsdsTable.ORGANIZATION).size());
        assertNull(dataset.records(HsdsTable.ORGANIZATION).get(0).get("name"));
        assertEquals(Map.of("id", "org-1"), dataset.records(HsdsTable.ORGANIZATION).get(0));
    }

    @Test
    void anySubsetOfColumnsInAnyOrder() {
        Map<String, String> org = firstOrganization("website,id\r\nhttps://a.example.org,org-1\r\n");
        assertEquals(Map.of("id", "org-1", "website", "https://a.example.org"), org);
        assertEquals(List.of("id", "website"), List.copyOf(org.keySet()));
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsAProblemNamingTheRow() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv",
                "id,name,description\r\norg-1,A,B\r\norg-2,Greywick, North,Recovery\r\n"));
        assertEquals("organization", problem.table());
        assertEquals("org-2", problem.recordId());
        assertEquals(2, problem.row());
        assertEquals("line 3 of organizations.csv has 4 fields but the header has 3", problem.reason());
    }

    @Test
    void everyShortRowIsReported() {
        HsdsFormatException e = assertThrows(HsdsFormatException.class, () -> read(zip("organizations.csv",
                "id,name\norg-1\norg-2,B\norg-3\n")));
        assertEquals(List.of(1, 3), e.problems().stream().map(HsdsProblem::row).toList());
    }

    @Test
    void quoteInsideAnUnquotedFieldIsRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", "id,name\r\norg-1,The \"Best\" Center\r\n"));
        assertEquals(1, problem.row());
        assertTrue(problem.reason().contains("line 2 has a quote"), problem::toString);
    }

    @Test
    void unclosedQuoteIsRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", "id,name\r\norg-1,\"Open ended\r\norg-2,B\r\n"));
        assertTrue(problem.reason().contains("starts on line 2 has no closing quote"), problem::toString);
    }

    @Test
    void textAfterClosingQuoteIsRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", "id,name\r\norg-1,\"Best\" Center\r\n"));
        assertTrue(problem.reason().contains("text after the closing quote"), problem::toString);
    }

    @Test
    void unknownTableFileIsRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", ORGANIZATIONS, "foo.csv", "id\r\nf-1\r\n"));
        assertEquals("foo", problem.table());
        assertTrue(problem.reason().startsWith("unknown table file foo.csv"), problem::toString);
    }

    @Test
    void hsdsTableThisImportDoesNotTakeIsRefusedSayingSo() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", ORGANIZATIONS, "contacts.csv", "id\r\nc-1\r\n"));
        assertEquals("contacts", problem.table());
        assertTrue(problem.reason().startsWith("contacts.csv holds an HSDS 3.0 table this import does not take"),
                problem::toString);
    }

    @Test
    void unknownColumnIsRefused() {
        HsdsProblem problem = onlyProblem(zip("services.csv", "id,name,colour\r\nsvc-1,A,red\r\n"));
        assertEquals("service", problem.table());
        assertEquals("colour", problem.field());
        assertEquals("in the header of services.csv is not a column of the HSDS 3.0 service table",
                problem.reason());
    }

    @Test
    void headerWithoutIdIsRefused() {
        HsdsProblem problem = onlyProblem(zip("services.csv", "name,status\r\nA,active\r\n"));
        assertEquals("id", problem.field());
        assertTrue(problem.reason().contains("every table needs an id column"), problem::toString);
    }

    @Test
    void zipWithoutTableFilesIsRefused() {
        assertTrue(onlyProblem(zip("README.txt", "hello")).reason().contains("HSDS table files"));
        assertTrue(onlyProblem("not a zip at all".getBytes(UTF_8)).reason().contains("HSDS table files"));
    }

    @Test
    void filesInOneTopLevelFolderAndTableNamedFilesAreAccepted() {
        HsdsDataset dataset = read(zip("export/organization.csv", ORGANIZATIONS,
                "export/datapackage.json", "{}", "__MACOSX/export/._organization.csv", "junk"));
        assertEquals(1, dataset.records(HsdsTable.ORGANIZATION).size());
    }

    @Test
    void filesSpreadOverFoldersAreRefused() {
        HsdsProblem problem = onlyProblem(zip("a/organizations.csv", ORGANIZATIONS, "b/services.csv", "id\r\n"));
        assertTrue(problem.reason().startsWith("b/services.csv is not in the same folder"), problem::toString);
    }

    @Test
    void brokenDatapackageJsonIsRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", ORGANIZATIONS, "datapackage.json", "{\"name\":"));
        assertTrue(problem.reason().startsWith("datapackage.json is not valid JSON"), problem::toString);
    }

    @Test
    void twoFilesForOneTableAreRefused() {
        HsdsProblem problem = onlyProblem(zip("organizations.csv", ORGANIZATIONS, "organization.csv", ORGANIZATIONS));
        assertTrue(problem.reason().contains("two files for this table"), problem::toString);
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        Map<String, byte[]> files = Map.of("organizations.csv",
                new byte[] {'i', 'd', '\r', '\n', 'o', '-', (byte) 0xE9, '\r', '\n'});
        assertTrue(onlyProblem(zip(files)).reason().contains("is not UTF-8 text"));
    }

    @Test
    void writesEveryTableWithEveryColumnAndADataPackage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsDataset dataset = SmallDirectory.valid()
                .set(HsdsTable.ORGANIZATION, "description", "Commas, \"quotes\"\nand lines").build();
        HsdsCsv.write(dataset, out);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), UTF_8));
            }
        }
        assertEquals(HsdsTable.values().length + 1, files.size());
        String organizations = files.get("organizations.csv");
        assertTrue(organizations.startsWith(String.join(",", HsdsTable.ORGANIZATION.columnNames()) + "\r\n"));
        assertTrue(organizations.contains(",\"Commas, \"\"quotes\"\"\nand lines\","), organizations);
        JsonNode dataPackage = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertEquals("tabular-data-package", dataPackage.get("profile").asText());
        JsonNode services = dataPackage.get("resources").get(HsdsTable.SERVICE.ordinal());
        assertEquals("service", services.get("name").asText());
        assertEquals("services.csv", services.get("path").asText());
        assertEquals("status", services.get("schema").get("fields").get(8).get("name").asText());
        assertEquals("string", services.get("schema").get("fields").get(8).get("type").asText());
        assertEquals(dataset, read(out.toByteArray()));
    }

    @Test
    void writerQuotesOnlyWhatNeedsIt() {
        assertTrue(CsvWriter.needsQuotes("a,b"));
        assertTrue(CsvWriter.needsQuotes("say \"hi\""));
        assertTrue(CsvWriter.needsQuotes("two\nlines"));
        assertTrue(CsvWriter.needsQuotes(" padded"));
        assertTrue(!CsvWriter.needsQuotes("Greywick Recovery Center"));
    }
}
