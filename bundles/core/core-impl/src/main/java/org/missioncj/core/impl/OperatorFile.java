package org.missioncj.core.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The sign-ins of Karaf's {@code etc/users.properties}: the bootstrap admin and the site's operators.
 * Their names belong to that file: no database account may take one (an admin could otherwise shut
 * the bootstrap admin out of the API and act under its name), and a database account that already
 * has one is never used for a sign-in. Read at each call, so an operator's edit counts at once.
 */
final class OperatorFile {
    private final Path file;

    OperatorFile(Path file) {
        this.file = file;
    }

    /** {@code ${karaf.etc}/users.properties}; outside Karaf (tests) there is none. */
    static OperatorFile standard() {
        String etc = System.getProperty("karaf.etc");
        return new OperatorFile(etc == null ? null : Path.of(etc, "users.properties"));
    }

    /** Whether the name, in any case, is a sign-in of the file (group entries {@code _g_:} are not). */
    boolean has(String username) {
        if (file == null || username == null || !Files.isReadable(file)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        String wanted = username.toLowerCase(Locale.ROOT);
        for (String name : p.stringPropertyNames()) {
            if (!name.startsWith("_g_:") && name.toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is exactly a sign-in of the file. */
    boolean hasExactly(String username) {
        if (file == null || username == null || !Files.isReadable(file)) {
            return false;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return !username.startsWith("_g_:") && p.containsKey(username);
    }
}
