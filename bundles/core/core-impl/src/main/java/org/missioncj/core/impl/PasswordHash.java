package org.missioncj.core.impl;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes (PBKDF2 with HMAC-SHA256 from the JDK), stored self-describing as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), so a site can raise the iteration
 * count without invalidating the hashes already stored. Passwords are hashed in their NFKC form
 * ({@link PasswordPolicy#normalize}); a hash made before that was hashed as typed, and still matches.
 */
final class PasswordHash {
    static final String SCHEME = "pbkdf2-sha256";
    static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** A new hash with a fresh random salt. */
    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(PasswordPolicy.normalize(password).toCharArray(), salt, iterations, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; false for anything malformed. */
    static boolean matches(char[] password, String stored) {
        if (password == null || password.length == 0 || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            char[] normalized = PasswordPolicy.normalize(password).toCharArray();
            if (constantTimeEquals(expected, derive(normalized, salt, iterations, expected.length))) {
                return true;
            }
            // hashed as typed, before passwords were normalized
            return !java.util.Arrays.equals(normalized, password)
                    && constantTimeEquals(expected, derive(password, salt, iterations, expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored hash was made with fewer iterations than the site asks for now. */
    static boolean weakerThan(String stored, int iterations) {
        int made = iterationsOf(stored);
        return made > 0 && made < iterations;
    }

    /** The iteration count a stored hash was made with; -1 when it is not one of ours. */
    static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Compares every byte whatever the first difference, so the time taken says nothing about
     * how much of a guess was right.
     */
    static boolean constantTimeEquals(byte[] expected, byte[] actual) {
        if (expected.length != actual.length) {
            return false; // the length of a hash is no secret
        }
        int diff = 0;
        for (int i = 0; i < expected.length; i++) {
            diff |= expected[i] ^ actual[i];
        }
        return diff == 0;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
