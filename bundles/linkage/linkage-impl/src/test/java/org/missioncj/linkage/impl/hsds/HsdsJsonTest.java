package org.missioncj.linkage.impl.hsds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HsdsJsonTest {

    private static HsdsDataset read(String json) {
        return HsdsJson.read(new ByteArrayInputStream(json.getBytes(UTF_8)));
    }

    private static HsdsFormatException refused(String json) {
        return assertThrows(HsdsFormatException.class, () -> read(json));
    }

    private static String write(HsdsDataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsJson.write(dataset, out);
        return out.toString(UTF_8);
    }

    @Test
    void numbersAndBooleansAreKeptAsWrittenAndNullIsAbsent() {
        HsdsDataset dataset = read("""
                {"location": [{"id": "loc-1", "location_type": "physical", "latitude": 44.970,
                               "longitude": -93.26, "name": null, "external_identifier": true}],
                 "service": [{"id": "svc-1", "minimum_age": 12}]}""");
        Map<String, String> location = dataset.records(HsdsTable.LOCATION).get(0);
        assertEquals("44.970", location.get("latitude"));
        assertEquals("-93.26", location.get("longitude"));
        assertEquals("true", location.get("external_identifier"));
        assertNull(location.get("name"));
        assertEquals(List.of("id", "location_type", "latitude", "longitude", "external_identifier"),
                List.copyOf(location.keySet()));
        assertEquals("12", dataset.records(HsdsTable.SERVICE).get(0).get("minimum_age"));
    }

    @Test
    void missingTablesAreEmpty() {
        HsdsDataset dataset = read("{\"organization\": [{\"id\": \"org-1\", \"name\": \"A\"}], \"phone\": null}");
        assertEquals(1, dataset.size());
        assertEquals(List.of(), dataset.records(HsdsTable.SERVICE));
    }

    @Test
    void nestedObjectIsAProblemNamingTheField() {
        HsdsFormatException e = refused("""
                {"organization": [{"id": "org-1", "name": {"en": "Greywick"}}]}""");
        HsdsProblem problem = e.problems().get(0);
        assertEquals(1, e.totalProblems());
        assertEquals("organization", problem.table());
        assertEquals("org-1", problem.recordId());
        assertEquals(1, problem.row());
        assertEquals("name", problem.field());
        assertTrue(problem.reason().contains("not an object"), problem::toString);
    }

    @Test
    void nestedListIsAProblemNamingTheFieldEvenBeforeTheId() {
        HsdsProblem problem = refused("""
                {"service": [{"id": "svc-1", "name": "A"}, {"phones": [{"number": "1"}], "id": "svc-2"}]}""")
                .problems().get(0);
        assertEquals("service 'svc-2' (row 2): phones is not a column of the HSDS 3.0 service table",
                problem.toString());
        HsdsProblem nested = refused("{\"service\": [{\"id\": \"svc-1\", \"name\": [\"A\", \"B\"]}]}").problems().get(0);
        assertEquals("name", nested.field());
        assertTrue(nested.reason().contains("not a list"), nested::toString);
    }

    @Test
    void unknownColumnIsAProblem() {
        HsdsProblem problem = refused("{\"organization\": [{\"id\": \"org-1\", \"colour\": \"green\"}]}")
                .problems().get(0);
        assertEquals("organization", problem.table());
        assertEquals("colour", problem.field());
        assertEquals("is not a column of the HSDS 3.0 organization table", problem.reason());
    }

    @Test
    void unknownTableIsAProblemAndTheRestIsStillChecked() {
        HsdsFormatException e = refused("""
                {"clients": [{"id": "c-1"}], "service": [{"id": "svc-1", "colour": "red"}]}""");
        assertEquals(2, e.totalProblems());
        assertEquals("clients", e.problems().get(0).table());
        assertTrue(e.problems().get(0).reason().startsWith("unknown table"), e::getMessage);
        assertEquals("colour", e.problems().get(1).field());
        HsdsProblem other = refused("{\"schedule\": []}").problems().get(0);
        assertTrue(other.reason().startsWith("an HSDS 3.0 table this import does not take"), other::toString);
    }

    @Test
    void fileThatIsNotAnObjectIsRefused() {
        HsdsProblem problem = refused("[{\"id\": \"org-1\"}]").problems().get(0);
        assertNull(problem.table());
        assertTrue(problem.reason().contains("must be one JSON object"), problem::toString);
        assertTrue(refused("").problems().get(0).reason().contains("the end of the file"));
    }

    @Test
    void tableThatIsNotAListIsRefused() {
        HsdsProblem problem = refused("{\"service\": {\"id\": \"svc-1\"}}").problems().get(0);
        assertEquals("service", problem.table());
        assertTrue(problem.reason().contains("must be a list of records"), problem::toString);
    }

    @Test
    void recordThatIsNotAnObjectIsRefused() {
        HsdsProblem problem = refused("{\"service\": [{\"id\": \"svc-1\"}, \"svc-2\"]}").problems().get(0);
        assertEquals(2, problem.row());
        assertTrue(problem.reason().contains("must be an object"), problem::toString);
    }

    @Test
    void brokenJsonSaysWhere() {
        HsdsProblem problem = refused("{\"service\": [{\"id\": \"svc-1\",}]}").problems().get(0);
        assertTrue(problem.reason().startsWith("the file is not valid JSON at line 1, column"), problem::toString);
    }

    @Test
    void duplicateKeyInARecordIsRefused() {
        HsdsProblem problem = refused("{\"service\": [{\"id\": \"svc-1\", \"name\": \"A\", \"name\": \"B\"}]}")
                .problems().get(0);
        assertEquals("name", problem.field());
        assertEquals("appears twice in the record", problem.reason());
    }

    @Test
    void writesTablesInDependencyOrderOmittingNullsWithNumbersAsNumbers() {
        String json = write(SmallDirectory.valid().set(HsdsTable.SERVICE, "description", null).build());
        assertTrue(json.indexOf("\"organization\"") < json.indexOf("\"service\""));
        assertTrue(json.indexOf("\"service\"") < json.indexOf("\"attribute\""));
        assertTrue(json.contains("\"minimum_age\" : 18"), json);
        assertTrue(json.contains("\"latitude\" : 44.97"), json);
        assertTrue(json.contains("\"postal_code\" : \"80542\""), json);
        assertTrue(!json.contains("\"description\" : null") && !json.contains("alternate_name"), json);
    }

    @Test
    void readsWhatItWrites() {
        HsdsDataset dataset = SmallDirectory.valid()
                .set(HsdsTable.ORGANIZATION, "description", "Quotes \" and \\ and\nlines, and ünïcode")
                .set(HsdsTable.LOCATION, "latitude", "not a number").build();
        assertEquals(dataset, read(write(dataset)));
    }

    @Test
    void doesNotCloseTheCallersStreams() {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        HsdsJson.write(new HsdsDataset(), out);
        assertTrue(!out.closed);
    }
}
