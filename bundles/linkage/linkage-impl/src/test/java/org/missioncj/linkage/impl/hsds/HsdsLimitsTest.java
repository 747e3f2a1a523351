package org.missioncj.linkage.impl.hsds;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * A file built to exhaust the server is refused with a reason, within its limits, before it fills the heap (attack
 * finding: a 21 MB zip of 8,000,000 rows ran the platform out of memory).
 */
class HsdsLimitsTest {
    private static final HsdsLimits SMALL = new HsdsLimits(1024 * 1024, 1000);

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String reason(HsdsFormatException e) {
        return e.problems().get(0).reason();
    }

    @Test
    void aZipThatExpandsBeyondTheByteLimitIsRefused() throws IOException {
        byte[] rows = "id,organization_id,name,status\n".concat("s,o1,S,active\n".repeat(200_000))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = zipOf("services.csv", rows);
        assertTrue(bomb.length < 100_000, "a small zip: " + bomb.length);
        HsdsFormatException e = assertThrows(HsdsFormatException.class,
                () -> HsdsCsv.read(new ByteArrayInputStream(bomb), new HsdsLimits(1024 * 1024, 10_000_000)));
        assertTrue(reason(e).contains("1 MiB"), reason(e));
    }

    @Test
    void tooManyRecordsAreRefusedInEitherForm() throws IOException {
        StringBuilder csv = new StringBuilder("id,organization_id,name,status\n");
        StringBuilder json = new StringBuilder("{\"service\": [");
        for (int i = 0; i < 1500; i++) {
            csv.append("s").append(i).append(",o1,S,active\n");
            json.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\"}");
        }
        json.append("]}");
        byte[] zip = zipOf("services.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        HsdsFormatException fromCsv = assertThrows(HsdsFormatException.class,
                () -> HsdsCsv.read(new ByteArrayInputStream(zip), SMALL));
        assertTrue(reason(fromCsv).contains("1000 records"), reason(fromCsv));
        HsdsFormatException fromJson = assertThrows(HsdsFormatException.class,
                () -> HsdsJson.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), SMALL));
        assertTrue(reason(fromJson).contains("1000 records"), reason(fromJson));
    }

    @Test
    void aFieldLongerThanARecordIsRefusedAsItIsRead() throws IOException {
        String huge = "x".repeat(HsdsLimits.MAX_FIELD + 1);
        byte[] zip = zipOf("services.csv", ("id,organization_id,name,status\ns1,o1,\"" + huge + "\",active\n")
                .getBytes(StandardCharsets.UTF_8));
        HsdsFormatException fromCsv = assertThrows(HsdsFormatException.class,
                () -> HsdsCsv.read(new ByteArrayInputStream(zip), SMALL));
        assertTrue(fromCsv.problems().toString().contains("longer than 32000"), fromCsv.problems().toString());
        byte[] json = ("{\"service\": [{\"id\": \"s1\", \"name\": \"" + huge + "\"}]}").getBytes(StandardCharsets.UTF_8);
        HsdsFormatException fromJson = assertThrows(HsdsFormatException.class,
                () -> HsdsJson.read(new ByteArrayInputStream(json), SMALL));
        assertTrue(reason(fromJson).contains("longer than 32000 characters"), reason(fromJson));
        assertTrue(!reason(fromJson).contains("StreamReadConstraints"), "no library internals: " + reason(fromJson));
    }

    @Test
    void aRowOrRecordOfMillionsOfFieldsIsRefusedAsItIsRead() throws IOException {
        byte[] commas = zipOf("services.csv", ("id,organization_id,name,status\n" + ",".repeat(1_000_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        HsdsFormatException csv = assertThrows(HsdsFormatException.class,
                () -> HsdsCsv.read(new ByteArrayInputStream(commas), HsdsLimits.forHeap()));
        assertTrue(csv.problems().toString().contains("more than 200 fields"), csv.problems().toString());
        StringBuilder keys = new StringBuilder("{\"service\": [{");
        for (int i = 0; i < 100_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"x").append(i).append("\": 0");
        }
        keys.append("}]}");
        HsdsFormatException json = assertThrows(HsdsFormatException.class, () -> HsdsJson.read(
                new ByteArrayInputStream(keys.toString().getBytes(StandardCharsets.UTF_8)), HsdsLimits.forHeap()));
        assertTrue(json.problems().toString().contains("more than 200 fields"), json.problems().toString());
    }

    @Test
    void aZipCutShortIsTheSendersToSendAgainNotAServerError() throws IOException {
        byte[] whole = zipOf("services.csv", ("id,organization_id,name,status\n" + "s,o1,S,active\n".repeat(5000))
                .getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        HsdsFormatException e = assertThrows(HsdsFormatException.class,
                () -> HsdsCsv.read(new ByteArrayInputStream(cut), HsdsLimits.forHeap()));
        assertTrue(e.problems().toString().contains("cut short"), e.problems().toString());
    }

    @Test
    void theLimitsFollowTheHeap() {
        HsdsLimits l = HsdsLimits.forHeap();
        assertTrue(l.maxBytes() <= Runtime.getRuntime().maxMemory() / 3);
        assertTrue(l.maxRecords() >= 1000);
    }
}
