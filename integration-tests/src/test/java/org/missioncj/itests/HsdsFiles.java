package org.missioncj.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.missioncj.linkage.impl.hsds.HsdsCsv;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsGenerator;
import org.missioncj.linkage.impl.hsds.HsdsJson;

/**
 * The synthetic HSDS directory LinkageIT imports, written by the test JVM (where linkage-impl is on the class path)
 * before Karaf starts, in both of HSDS's forms: {@value #JSON} and {@value #ZIP}. The container reads the files from
 * the folder the system property {@value #PROPERTY} names; it never loads this class.
 */
final class HsdsFiles {
    static final String PROPERTY = "mission.it.hsds";
    static final String JSON = "directory-2000.json";
    static final String ZIP = "directory-2000.zip";
    static final int SERVICES = 2000;

    private HsdsFiles() {
    }

    /** Writes the files (once per build) and returns their folder. */
    static String write() throws IOException {
        Path dir = Paths.get("target", "hsds").toAbsolutePath();
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve(ZIP))) {
            HsdsDataset d = HsdsGenerator.generate(SERVICES, 2026);
            try (OutputStream out = Files.newOutputStream(dir.resolve(JSON))) {
                HsdsJson.write(d, out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(ZIP))) {
                HsdsCsv.write(d, out);
            }
        }
        return dir.toString();
    }
}
