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

    /** Appends the head to what this witness keeps (at the witness interval, and when the sealer stops). */
    abstract void record(Head head);

    /**
     * The newest head, after every seal that moved it: what was sealed since the last {@link #record} cannot
     * be cut off or rebuilt unseen either.
     */
    abstract void latest(Head head);

    /** The newest head this witness was told of; null when none, or when it cannot be read back. */
    Head newest() {
        return null;
    }

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

    /**
     * Appends one line per head to a file that the server never rewrites, and keeps the newest head in a
     * file beside it ({@code <file>.head}, replaced after every seal that moved the head).
     */
    static final class FileWitness extends AuditWitness {
        private static final Logger LOG = LoggerFactory.getLogger(FileWitness.class);
        private final Path file;
        private final Path newest;

        FileWitness(Path file) {
            this.file = file;
            this.newest = file.resolveSibling(file.getFileName() + ".head");
        }

        @Override
        synchronized void record(Head head) {
            try {
                create(file);
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                    out.write((head.line() + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                LOG.error("Cannot append the audit chain head to the witness file {}: {}", file, e.getMessage());
            }
        }

        @Override
        synchronized void latest(Head head) {
            Path tmp = newest.resolveSibling(newest.getFileName() + ".tmp");
            try {
                Files.deleteIfExists(tmp);
                create(tmp);
                Files.write(tmp, (head.line() + "\n").getBytes(StandardCharsets.US_ASCII), StandardOpenOption.TRUNCATE_EXISTING);
                Files.move(tmp, newest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.error("Cannot write the newest audit chain head to {}: {}", newest, e.getMessage());
            }
        }

        @Override
        Head newest() {
            List<Head> last = new ArrayList<>();
            read(newest, last);
            return last.isEmpty() ? null : last.get(last.size() - 1);
        }

        private static void create(Path f) throws IOException {
            Path dir = f.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!Files.exists(f)) {
                try {
                    Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(f);
                }
            }
        }

        @Override
        List<Head> heads() {
            List<Head> out = new ArrayList<>();
            read(file, out);
            List<Head> last = new ArrayList<>();
            read(newest, last);
            for (Head h : last) {
                if (out.stream().noneMatch(o -> o.seq == h.seq)) {
                    out.add(h);
                }
            }
            return out;
        }

        private static void read(Path f, List<Head> out) {
            if (!Files.exists(f)) {
                return;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.US_ASCII)) {
                String line;
                while ((line = r.readLine()) != null) {
                    Head h = Head.parse(line);
                    if (h != null) {
                        out.add(h);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the audit witness file " + f + ": " + e.getMessage(), e);
            }
        }

        @Override
        String describe() {
            return "file " + file;
        }
    }

    /** A log line per head, for a site that ships logs to syslog or a log server. */
    static final class Log extends AuditWitness {
        private static final Logger WITNESS = LoggerFactory.getLogger(LOGGER);

        private volatile String logged;

        @Override
        void record(Head head) {
            latest(head);
        }

        @Override
        void latest(Head head) {
            if (!head.hash.equals(logged)) {
                WITNESS.info("audit chain head {}", head.line());
                logged = head.hash;
            }
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
        void latest(Head head) {
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
