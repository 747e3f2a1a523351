package org.missioncj.bench.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A benchmark's results: each line goes to the log (the console, through slf4j-simple as
 * {@code simplelogger.properties} sets it) and is kept for the results file.
 */
public final class Report {
    private static final Logger LOG = LoggerFactory.getLogger("org.missioncj.bench");

    private final StringBuilder text = new StringBuilder();

    public void line(String line) {
        LOG.info(line);
        text.append(line).append('\n');
    }

    /** A failure to say, not part of the results. */
    public static void error(String message) {
        LOG.error(message);
    }

    public void writeTo(Path file) throws IOException {
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
