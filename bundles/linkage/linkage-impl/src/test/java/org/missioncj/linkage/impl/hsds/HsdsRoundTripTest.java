package org.missioncj.linkage.impl.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A generated 2,000-service directory survives export and import unchanged in both forms. */
class HsdsRoundTripTest {

    private static HsdsDataset directory;

    @BeforeAll
    static void generate() {
        directory = HsdsGenerator.generate(2_000, 42L);
    }

    @Test
    void generatedDirectoryIsValid() {
        assertEquals(List.of(), HsdsValidator.validate(directory));
    }

    @Test
    void jsonRoundTripGivesAnEqualDirectory() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsJson.write(directory, out);
        HsdsDataset read = HsdsJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(directory.size(), read.size());
        assertEquals(directory, read);
        assertEquals(List.of(), HsdsValidator.validate(read));
    }

    @Test
    void csvRoundTripGivesAnEqualDirectory() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsCsv.write(directory, out);
        HsdsDataset read = HsdsCsv.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(directory.size(), read.size());
        assertEquals(directory, read);
        assertEquals(List.of(), HsdsValidator.validate(read));
    }
}
