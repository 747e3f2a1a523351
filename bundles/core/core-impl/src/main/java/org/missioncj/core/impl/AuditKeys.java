package org.missioncj.core.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys of the audit chain (HMAC-SHA256), kept outside the database so that whoever can
 * change the database cannot recompute the chain. By default {@code etc/mission-audit.keys},
 * created with owner-only permissions on the first start:
 *
 * <pre>
 * active = k20261201103000
 * k20261201103000 = &lt;32 random bytes, Base64&gt;
 * </pre>
 *
 * Rotating adds a key and makes it the active one; blocks keep the id of the key that sealed them,
 * so old keys must stay in the file for as long as the blocks they sealed are kept.
 */
final class AuditKeys {
    static final String ACTIVE = "active";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("'k'yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private volatile Map<String, byte[]> keys;
    private volatile String active;
    private volatile FileTime loadedAt;

    private AuditKeys(Path file, Map<String, byte[]> keys, String active) {
        this.file = file;
        this.keys = keys;
        this.active = active;
    }

    /** Keys in memory only: for tests and embedding. */
    static AuditKeys inMemory() {
        Map<String, byte[]> k = new LinkedHashMap<>();
        String id = "m" + newId(Map.of());
        k.put(id, newKey());
        return new AuditKeys(null, k, id);
    }

    /** The keys of the file, which is created (owner-only) with a first key if it does not exist. */
    static AuditKeys file(Path file) {
        AuditKeys k = new AuditKeys(file, Map.of(), null);
        synchronized (AuditKeys.class) {
            if (!Files.exists(file)) {
                Map<String, byte[]> first = new LinkedHashMap<>();
                String id = newId(first);
                first.put(id, newKey());
                k.write(first, id, true);
            }
        }
        k.reload();
        return k;
    }

    String activeId() {
        reloadIfChanged();
        return active;
    }

    /** The key with this id, or null when the file no longer has it. */
    byte[] key(String id) {
        reloadIfChanged();
        return keys.get(id);
    }

    /** Adds a key and makes it the active one; returns its id. */
    synchronized String rotate() {
        reloadIfChanged();
        Map<String, byte[]> next = new LinkedHashMap<>(keys);
        String id = newId(next);
        next.put(id, newKey());
        if (file != null) {
            write(next, id, false);
            reload();
        } else {
            keys = next;
            active = id;
        }
        return id;
    }

    /** HMAC-SHA256 of the text under the key, as hex. */
    static String hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no HmacSHA256", e);
        }
    }

    private static String newId(Map<String, byte[]> existing) {
        String id = ID.format(Instant.now());
        String candidate = id;
        for (int i = 1; existing.containsKey(candidate); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }

    private static byte[] newKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    private void reloadIfChanged() {
        if (file == null) {
            return;
        }
        try {
            FileTime t = Files.getLastModifiedTime(file);
            if (!t.equals(loadedAt)) {
                reload();
            }
        } catch (IOException e) {
            // keep the keys we have; verification reports keys that are missing
        }
    }

    private synchronized void reload() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loadedAt = Files.getLastModifiedTime(file);
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the audit chain keys " + file + ": " + e.getMessage(), e);
        }
        Map<String, byte[]> k = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!ACTIVE.equals(name)) {
                k.put(name, Base64.getDecoder().decode(p.getProperty(name).trim()));
            }
        }
        String a = p.getProperty(ACTIVE, "").trim();
        if (!k.containsKey(a)) {
            throw new IllegalStateException("The audit chain keys " + file + " name no active key that the file holds");
        }
        keys = k;
        active = a;
    }

    /** Writes the file owner-only, atomically (a temporary file in the same folder, then a move). */
    private void write(Map<String, byte[]> k, String activeId, boolean create) {
        StringBuilder sb = new StringBuilder();
        sb.append("# MISSION-CJ audit chain keys (HMAC-SHA256). Keep this file secret and backed up apart from the\n")
                .append("# database: without a block's key its records cannot be verified. Never remove a key while\n")
                .append("# blocks sealed with it are kept; rotate with the console command mission:audit-key-rotate.\n");
        sb.append(ACTIVE).append(" = ").append(activeId).append('\n');
        for (Map.Entry<String, byte[]> e : k.entrySet()) {
            sb.append(e.getKey()).append(" = ").append(Base64.getEncoder().encodeToString(e.getValue())).append('\n');
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(ownerOnly));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            if (create) {
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp); // another start made it at the same moment
                }
            } else {
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the audit chain keys " + file + ": " + e.getMessage(), e);
        }
    }
}
