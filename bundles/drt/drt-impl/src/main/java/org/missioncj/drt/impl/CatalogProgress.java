package org.missioncj.drt.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.drt.api.dto.DrtProgress;

/**
 * What progress counts: the DRT catalog in use, read once per request. Each of its first {@value #MASK_BITS}
 * sessions has a bit, so that one aggregate tells which were delivered; a longer catalog (a site that added
 * many local sessions) is answered from one more query for the page's enrollments.
 */
final class CatalogProgress {
    /** Bits of a positive BIGINT a sum of distinct powers of two can use. */
    static final int MASK_BITS = 62;

    private final List<CatalogSession> current;
    private final List<DrtMapper.Bit> bits = new ArrayList<>();

    CatalogProgress(List<CatalogSession> current) {
        this.current = current;
        if (current.size() <= MASK_BITS) {
            for (int i = 0; i < current.size(); i++) {
                bits.add(new DrtMapper.Bit(current.get(i).id, 1L << i));
            }
        }
    }

    /** The bits for the aggregate; empty when the catalog is too long for a mask (then see {@link #needsDelivered}). */
    List<DrtMapper.Bit> bits() {
        return bits;
    }

    /** Whether the rows' masks do not tell which sessions were delivered, so {@link DrtMapper#delivered} must. */
    boolean needsDelivered() {
        return current.size() > MASK_BITS;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>(current.size());
        current.forEach(c -> ids.add(c.id));
        return ids;
    }

    int total() {
        return current.size();
    }

    /** The progress of each row; {@code m} answers for a catalog longer than a mask (one query for all the rows). */
    List<DrtProgress> of(List<DrtMapper.ProgressRow> rows, DrtMapper m, LocalDate until, LocalDate today) {
        Map<String, Set<String>> delivered = new HashMap<>();
        if (needsDelivered() && !rows.isEmpty() && !current.isEmpty()) {
            List<String> enrollments = new ArrayList<>();
            rows.forEach(r -> enrollments.add(r.enrollmentId));
            for (DrtMapper.Delivered d : m.delivered(enrollments, ids(), until)) {
                delivered.computeIfAbsent(d.enrollmentId, k -> new HashSet<>()).add(d.catalogSessionId);
            }
        }
        List<DrtProgress> out = new ArrayList<>(rows.size());
        for (DrtMapper.ProgressRow r : rows) {
            out.add(of(r, delivered.getOrDefault(r.enrollmentId, Set.of()), today));
        }
        return out;
    }

    private DrtProgress of(DrtMapper.ProgressRow r, Set<String> delivered, LocalDate today) {
        DrtProgress p = new DrtProgress();
        p.participantId = r.participantId;
        p.enrollmentId = r.enrollmentId;
        p.teamId = r.teamId;
        p.sessionsTotal = current.size();
        long mask = r.mask == null ? 0 : r.mask;
        for (int i = 0; i < current.size(); i++) {
            CatalogSession c = current.get(i);
            boolean done = needsDelivered() ? delivered.contains(c.id) : (mask & (1L << i)) != 0;
            if (done) {
                p.sessionsDone++;
            } else if (p.nextSessionId == null) {
                p.nextSessionId = c.id;
                p.nextSessionNumber = c.number;
                p.nextSessionTitle = c.title;
            }
        }
        p.lastSessionDate = r.lastDate;
        p.daysSinceLast = r.lastDate == null ? null : (int) ChronoUnit.DAYS.between(r.lastDate, today);
        return p;
    }
}
