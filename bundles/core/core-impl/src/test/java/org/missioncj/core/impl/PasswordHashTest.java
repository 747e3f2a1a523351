package org.missioncj.core.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private static final int FAST = 1_000;

    @Test
    void theSamePasswordHashesDifferentlyEveryTimeBecauseOfItsSalt() {
        String a = PasswordHash.hash("correct horse battery".toCharArray(), FAST);
        String b = PasswordHash.hash("correct horse battery".toCharArray(), FAST);
        assertNotEquals(a, b);
        String[] pa = a.split("\\$");
        String[] pb = b.split("\\$");
        assertNotEquals(pa[2], pb[2], "salts differ");
        assertEquals(PasswordHash.SALT_BYTES, Base64.getDecoder().decode(pa[2]).length);
        assertEquals(32, Base64.getDecoder().decode(pa[3]).length);
    }

    @Test
    void theStoredStringDescribesItself() {
        String h = PasswordHash.hash("correct horse battery".toCharArray(), 1234);
        assertTrue(h.startsWith("pbkdf2-sha256$1234$"), h);
        assertEquals(1234, PasswordHash.iterationsOf(h));
        assertEquals(-1, PasswordHash.iterationsOf("{CRYPT}abc{CRYPT}"));
        assertEquals(-1, PasswordHash.iterationsOf(null));
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        String h = PasswordHash.hash("correct horse battery".toCharArray(), FAST);
        assertTrue(PasswordHash.matches("correct horse battery".toCharArray(), h));
        assertFalse(PasswordHash.matches("correct horse batterY".toCharArray(), h));
        assertFalse(PasswordHash.matches(new char[0], h));
        assertFalse(PasswordHash.matches("correct horse battery".toCharArray(), "garbage"));
        assertFalse(PasswordHash.matches("correct horse battery".toCharArray(), "pbkdf2-sha256$x$y$z"));
    }

    @Test
    void verificationUsesTheIterationsOfTheStoredHashNotTheCurrentSetting() {
        // a hash made when the site used fewer iterations still verifies after it raised them
        String old = PasswordHash.hash("correct horse battery".toCharArray(), 1_500);
        assertTrue(PasswordHash.matches("correct horse battery".toCharArray(), old));
        String tampered = old.replace("$1500$", "$1501$");
        assertFalse(PasswordHash.matches("correct horse battery".toCharArray(), tampered));
    }

    @Test
    void comparisonLooksAtEveryByteAndAtTheLength() {
        byte[] a = {1, 2, 3, 4};
        assertTrue(PasswordHash.constantTimeEquals(a, new byte[] {1, 2, 3, 4}));
        assertFalse(PasswordHash.constantTimeEquals(a, new byte[] {0, 2, 3, 4}), "first byte differs");
        assertFalse(PasswordHash.constantTimeEquals(a, new byte[] {1, 2, 3, 5}), "last byte differs");
        assertFalse(PasswordHash.constantTimeEquals(a, new byte[] {1, 2, 3}), "shorter");
        assertFalse(PasswordHash.constantTimeEquals(a, new byte[0]));
    }
}
