package org.missioncj.linkage.impl.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statewide directory of 50,000 services is read with the default heap. There is no timing
 * assertion: the point is that the streaming reader completes without a large heap.
 */
class HsdsLargeDirectoryTest {

    @Test
    void readsFiftyThousandServicesFromJson(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("directory.json");
        int records;
        try (OutputStream out = Files.newOutputStream(file)) {
            HsdsDataset generated = HsdsGenerator.generate(50_000, 2025L);
            records = generated.size();
            HsdsJson.write(generated, out);
        }
        HsdsDataset read;
        try (InputStream in = Files.newInputStream(file)) {
            read = HsdsJson.read(in);
        }
        assertEquals(50_000, read.records(HsdsTable.SERVICE).size());
        assertEquals(records, read.size());
    }
}
