package org.missioncj.adapter.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * Counts refused webhooks per client address and minute, and lets the first few of each minute through to
 * the audit trail; the first one of the next minute says how many were left out.
 */
final class RefusalLog {
    static final int PER_MINUTE = 20;
    private static final int MAX_ADDRESSES = 10_000;

    private static final class Minute {
        long minute;
        int count;
        long skipped;
    }

    private final Map<String, Minute> byAddress = new ConcurrentHashMap<>();

    /** Calls {@code record} with the number left out before it, unless this refusal is one too many this minute. */
    void refused(String address, LongConsumer record) {
        long minute = System.currentTimeMillis() / 60_000;
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.clear();
        }
        Minute m = byAddress.computeIfAbsent(address == null ? "?" : address, a -> new Minute());
        long skippedBefore;
        synchronized (m) {
            if (m.minute != minute) {
                m.minute = minute;
                m.count = 0;
            }
            if (++m.count > PER_MINUTE) {
                m.skipped++;
                return;
            }
            skippedBefore = m.skipped;
            m.skipped = 0;
        }
        record.accept(skippedBefore);
    }
}
