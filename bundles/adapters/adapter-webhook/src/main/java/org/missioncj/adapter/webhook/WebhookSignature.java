package org.missioncj.adapter.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook, both ways: {@code X-Mission-Signature: sha256=<hex>} is the HMAC-SHA256,
 * under the system's shared secret, of the {@code X-Mission-Timestamp} value (Unix seconds), a full stop,
 * and the body's bytes exactly as sent.
 */
public final class WebhookSignature {
    public static final String TIMESTAMP_HEADER = "X-Mission-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Mission-Signature";
    public static final String MESSAGE_ID_HEADER = "X-Mission-Message-Id";
    static final String PREFIX = "sha256=";
    /** A shared secret shorter than this is refused at configuration. */
    public static final int MIN_SECRET_LENGTH = 32;

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            mac.update(body);
            return PREFIX + hex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compares in constant time, so the answer's timing says nothing of how much of a guess was right. */
    public static boolean matches(String secret, String timestamp, byte[] body, String signature) {
        if (signature == null || timestamp == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }
}
