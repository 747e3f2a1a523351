package org.missioncj.core.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the head of the audit chain is written down outside the database, at intervals, so that a
 * chain cut short or rebuilt in the database no longer matches what was witnessed:
 * an append-only file (the default, which verification reads back), a log line on the logger
 * {@value #LOGGER} that a site sends to syslog, or nothing.
 */
abstract class AuditWitness {
    static final String LOGGER = "org.missioncj.audit.witness";

    /** A chain head as witnessed. */
    static final class Head {
        final Instant at;
        final long seq;
        final long lastId;
        final String hash;

        Head(Instant at, long seq, long lastId, String hash) {
            this.at = at;
            this.seq = seq;
            this.lastId = lastId;
            this.hash = hash;
        }

        String line() {
            return at + " seq=" + seq + " lastId=" + lastId + " hash=" + hash;
        }

        static Head parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 4 || !f[1].startsWith("seq=") || !f[2].startsWith("lastId=") || !f[3].startsWith("hash=")) {
                return null;
            }
            try {
                return new Head(Instant.parse(f[0]), Long.parseLong(f[1].substring(4)), Long.parseLong(f[2].substring(7)),
                        f[3].substring(5));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    abstract void record(Head head);

    /** The heads witnessed so far, oldest first; null when this witness cannot be read back. */
    abstract List<Head> heads();

    /** How verification describes this witness. */
    abstract String describe();

    static AuditWitness of(String kind, String file) {
        switch (kind == null ? "file" : kind.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "none":
                return new None();
            case "log":
            case "syslog":
                return new Log();
            default:
                return new FileWitness(Path.of(file));
        }
    }

    /** Appends one line per head to a file that the server never rewrites. */
    static final class FileWitness extends AuditWitness {
        private static final Logger LOG = LoggerFactory.getLogger(FileWitness.class);
        private final Path file;

        FileWitness(Path file) {
            this.file = file;
        }

        @Override
        synchronized void record(Head head) {
            try {
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                if (!Files.exists(file)) {
                    try {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } catch (UnsupportedOperationException e) {
                        Files.createFile(file);
                    }
                }
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                    out.write((head.line() + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                LOG.error("Cannot append the audit chain head to the witness file {}: {}", file, e.getMessage());
            }
        }

        @Override
        List<Head> heads() {
            List<Head> out = new ArrayList<>();
            if (!Files.exists(file)) {
                return out;
            }
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                String line;
                while ((line = r.readLine()) != null) {
                    Head h = Head.parse(line);
                    if (h != null) {
                        out.add(h);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the audit witness file " + file + ": " + e.getMessage(), e);
            }
            return out;
        }

        @Override
        String describe() {
            return "file " + file;
        }
    }

    /** A log line per head, for a site that ships logs to syslog or a log server. */
    static final class Log extends AuditWitness {
        private static final Logger WITNESS = LoggerFactory.getLogger(LOGGER);

        @Override
        void record(Head head) {
            WITNESS.info("audit chain head {}", head.line());
        }

        @Override
        List<Head> heads() {
            return null;
        }

        @Override
        String describe() {
            return "log " + LOGGER + " (compare it with the chain by hand)";
        }
    }

    static final class None extends AuditWitness {
        @Override
        void record(Head head) {
        }

        @Override
        List<Head> heads() {
            return null;
        }

        @Override
        String describe() {
            return "none";
        }
    }
}
