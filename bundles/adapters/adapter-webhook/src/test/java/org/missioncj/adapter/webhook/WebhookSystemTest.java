package org.missioncj.adapter.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WebhookSystemTest {
    private static final String SECRET = "synthetic-shared-secret-of-32-chars!";
    private static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    private final WebhookSystem jail = new WebhookSystem("county-jail", SECRET, "", 300, 5, 15,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final byte[] body = "{\"messageId\":\"m1\"}".getBytes(StandardCharsets.UTF_8);

    private static String ts(long offsetSeconds) {
        return Long.toString(NOW.getEpochSecond() + offsetSeconds);
    }

    @Test
    void aFreshCorrectSignatureIsAcceptedOnce() {
        String t = ts(-10);
        String sig = WebhookSignature.sign(SECRET, t, body);
        assertDoesNotThrow(() -> jail.verify(t, sig, body));
        SignatureRefused replay = assertThrows(SignatureRefused.class, () -> jail.verify(t, sig, body));
        assertTrue(replay.getMessage().contains("received before"));
        // the same signature in capitals is the same signature
        String t2 = ts(-5);
        String sig2 = WebhookSignature.sign(SECRET, t2, body);
        jail.verify(t2, sig2, body);
        assertThrows(SignatureRefused.class, () -> jail.verify(t2, sig2.toUpperCase().replace("SHA256=", "sha256="), body));
    }

    @Test
    void aWrongMissingOrStaleSignatureIsRefused() {
        String t = ts(0);
        assertThrows(SignatureRefused.class, () -> jail.verify(t, null, body));
        assertThrows(SignatureRefused.class, () -> jail.verify(null, WebhookSignature.sign(SECRET, t, body), body));
        assertThrows(SignatureRefused.class, () -> jail.verify(t, WebhookSignature.sign("another-secret-of-32-characters!!", t,
                body), body));
        byte[] changed = "{\"messageId\":\"m2\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(SignatureRefused.class, () -> jail.verify(t, WebhookSignature.sign(SECRET, t, body), changed));
        String old = ts(-301);
        assertThrows(SignatureRefused.class, () -> jail.verify(old, WebhookSignature.sign(SECRET, old, body), body));
        String future = ts(301);
        assertThrows(SignatureRefused.class, () -> jail.verify(future, WebhookSignature.sign(SECRET, future, body), body));
        assertThrows(SignatureRefused.class, () -> jail.verify("yesterday", "sha256=00", body));
    }

    @Test
    void aShortSecretOrAPlainHttpUrlElsewhereIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSystem("county-jail", "short", "", 300, 5, 15,
                Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSystem("county-jail", SECRET,
                "http://court.example.org/hook", 300, 5, 15, Clock.systemUTC()));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSystem("County Jail", SECRET, "", 300, 5, 15,
                Clock.systemUTC()));
        assertDoesNotThrow(() -> new WebhookSystem("county-court", SECRET, "http://localhost:9/hook", 300, 5, 15,
                Clock.systemUTC()));
    }

    @Test
    void aSystemSendsOnlyTheKindsItsConfigurationLists() {
        assertTrue(!jail.sends(org.missioncj.adapter.api.dto.InboundKind.BOOKING), "no kinds listed: nothing comes in");
        jail.kinds = WebhookSystem.parseKinds("BOOKING, RELEASE");
        assertTrue(jail.sends(org.missioncj.adapter.api.dto.InboundKind.RELEASE));
        assertTrue(!jail.sends(org.missioncj.adapter.api.dto.InboundKind.WARRANT));
        assertThrows(IllegalArgumentException.class, () -> WebhookSystem.parseKinds("BOOKING, ARREST"));
    }

    @Test
    void refusalsAreAuditedAtMostTwentyAMinutePerAddress() {
        RefusalLog log = new RefusalLog();
        java.util.List<Long> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            log.refused("203.0.113.9", recorded::add);
        }
        log.refused("198.51.100.7", recorded::add);
        assertTrue(recorded.size() == RefusalLog.PER_MINUTE + 1, recorded.toString());
    }
}
