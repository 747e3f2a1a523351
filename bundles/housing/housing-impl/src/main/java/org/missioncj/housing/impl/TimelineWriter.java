package org.missioncj.housing.impl;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.PreconditionFailedException;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.core.api.timeline.DaySpan;
import org.missioncj.core.api.timeline.Timeline;
import org.missioncj.housing.api.HousingEvents;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.missioncj.registry.api.site.SiteStaff;

/**
 * Every change of a timeline, inside the caller's transaction: the participant's timeline lock first, then the overlap
 * check on what is stored ({@link Timeline#fit}), the write, and the events of what tonight's status became.
 */
final class TimelineWriter {
    static final String STAFF = "STAFF";
    static final String ADAPTER = "ADAPTER";

    private final ModuleSupport module;

    TimelineWriter(ModuleSupport module) {
        this.module = module;
    }

    /** Takes the participant's timeline lock: until the transaction ends, no other change of it runs. */
    static void lock(HousingMapper m, String participantId) {
        if (m.lockTimeline(participantId) == 0) {
            m.insertTimeline(participantId);
        }
    }

    /**
     * The participant's site ({@link SiteStaff#participantSite}), from housing's copy of enrollments, caught up when
     * the registry's event has not arrived yet: the record then belongs to the enrolling team's site, and the team's
     * lists show the participant at once.
     */
    static String siteOf(HousingMapper m, SiteStaff sites, HousingEnrollments enrollments, Actor actor,
            String participantId) {
        return sites.participantSite(enrollments.placing(m, participantId), actor);
    }

    static DaySpan span(StatusPeriod p) {
        return DaySpan.of(p.startDate, p.endDate);
    }

    /** Records a new period (a move where it starts after the open one); 409 naming the period in its way. */
    StatusPeriod record(Tx tx, Actor actor, String participantId, HousingStatus status, LocalDate start, LocalDate end,
            String unitId, String source, String site) {
        HousingMapper m = tx.mapper(HousingMapper.class);
        requireUnit(m, unitId, site);
        lock(m, participantId);
        HousingStatus.Kind before = kindTonight(m, participantId);
        List<StatusPeriod> existing = m.timeline(participantId);
        Timeline.Fit<StatusPeriod> fit = Timeline.fit(existing, TimelineWriter::span, DaySpan.of(start, end), true);
        if (fit.conflict != null) {
            throw conflict(fit.conflict);
        }
        if (fit.ends != null) {
            StatusPeriod ended = fit.ends;
            long expected = ended.version;
            ended.endDate = start;
            ended.recordedAt = module.now();
            ended.recordedBy = actor.username();
            m.updateStatus(ended, ended.startDate.toEpochDay(), start.toEpochDay(), expected);
        }
        StatusPeriod p = new StatusPeriod();
        p.id = UUID.randomUUID().toString();
        p.version = 1;
        p.participantId = participantId;
        p.status = status;
        p.kind = status.kind;
        p.startDate = start;
        p.endDate = end;
        p.unitId = unitId;
        p.source = source;
        p.recordedAt = module.now();
        p.recordedBy = actor.username();
        m.insertStatus(p, start.toEpochDay(), end == null ? null : end.toEpochDay());
        changed(tx, m, actor, p, before);
        return m.status(p.id);
    }

    /** Corrects a stored period's status or dates: never a move, every overlap is a conflict. */
    StatusPeriod correct(Tx tx, Actor actor, StatusPeriod stored, long expectedVersion, HousingStatus status,
            LocalDate start, LocalDate end, String unitId, String site) {
        HousingMapper m = tx.mapper(HousingMapper.class);
        if (unitId != null && !unitId.equals(stored.unitId)) {
            requireUnit(m, unitId, site);
        }
        lock(m, stored.participantId);
        HousingStatus.Kind before = kindTonight(m, stored.participantId);
        List<StatusPeriod> others = m.timeline(stored.participantId);
        others.removeIf(o -> o.id.equals(stored.id));
        Timeline.Fit<StatusPeriod> fit = Timeline.fit(others, TimelineWriter::span, DaySpan.of(start, end), false);
        if (fit.conflict != null) {
            throw conflict(fit.conflict);
        }
        stored.status = status;
        stored.kind = status.kind;
        stored.startDate = start;
        stored.endDate = end;
        stored.unitId = unitId;
        stored.recordedAt = module.now();
        stored.recordedBy = actor.username();
        if (m.updateStatus(stored, start.toEpochDay(), end == null ? null : end.toEpochDay(), expectedVersion) == 0) {
            throw PreconditionFailedException.stale("housing status", stored.id, expectedVersion,
                    m.status(stored.id).version);
        }
        StatusPeriod now = m.status(stored.id);
        changed(tx, m, actor, now, before);
        return now;
    }

    /** Deletes a period entered in error. */
    void delete(Tx tx, Actor actor, StatusPeriod stored, long expectedVersion) {
        HousingMapper m = tx.mapper(HousingMapper.class);
        lock(m, stored.participantId);
        org.missioncj.housing.api.dto.Placement by = m.openPlacementOf(stored.id);
        if (by != null) {
            throw new ConflictException("The period was started by the move-in of placement " + by.id + " on "
                    + by.moveInDate + ", which is still open: end the placement (endedOn), or correct the period's dates.");
        }
        HousingStatus.Kind before = kindTonight(m, stored.participantId);
        if (m.deleteStatus(stored.id, expectedVersion) == 0) {
            StatusPeriod again = m.status(stored.id);
            throw PreconditionFailedException.stale("housing status", stored.id, expectedVersion,
                    again == null ? 0 : again.version);
        }
        changed(tx, m, actor, stored, before);
    }

    /**
     * The unit, which must be at the participant's site: another site's unit answers as one that does not exist, so
     * that a caller learns nothing of another site's stock.
     */
    static org.missioncj.housing.api.dto.Unit requireUnit(HousingMapper m, String unitId, String site) {
        if (unitId == null) {
            return null;
        }
        org.missioncj.housing.api.dto.Unit u = unitId.length() > 36 ? null : m.unit(unitId);
        if (u == null || site == null || !u.site.equals(site)) {
            throw new NotFoundException("There is no unit " + unitId + " at the participant's site"
                    + (site == null ? "" : " (" + site + ")") + ".");
        }
        return u;
    }

    static ConflictException conflict(StatusPeriod in) {
        return new ConflictException("The period overlaps the " + in.status + " period from " + in.startDate
                + (in.endDate == null ? ", which still holds" : " to " + in.endDate) + " (" + in.id + "): periods of a "
                + "participant never overlap. Correct the dates of one of them, or record the new status from a day "
                + "after the open one began.", in);
    }

    private HousingStatus.Kind kindTonight(HousingMapper m, String participantId) {
        StatusPeriod p = m.statusOn(participantId, module.today().toEpochDay());
        return p == null ? null : p.kind;
    }

    /** STATUS_CHANGED always; HOUSED or LOST_HOUSING when tonight's kind crossed housed. */
    private void changed(Tx tx, HousingMapper m, Actor actor, StatusPeriod p, HousingStatus.Kind before) {
        HousingStatus.Kind after = kindTonight(m, p.participantId);
        Map<String, Object> props = new HashMap<>();
        props.put(HousingEvents.PROP_PARTICIPANT_ID, p.participantId);
        props.put(HousingEvents.PROP_PERIOD_ID, p.id);
        props.put(HousingEvents.PROP_STATUS, p.status.name());
        props.put(HousingEvents.PROP_KIND, p.status.kind.name());
        props.put(HousingEvents.PROP_START_DATE, p.startDate.toString());
        if (p.endDate != null) {
            props.put(HousingEvents.PROP_END_DATE, p.endDate.toString());
        }
        props.put(HousingEvents.PROP_SOURCE, p.source);
        props.put(HousingEvents.PROP_ACTOR, actor.username());
        tx.post(HousingEvents.STATUS_CHANGED, props);
        boolean wasHoused = before == HousingStatus.Kind.HOUSED;
        boolean isHoused = after == HousingStatus.Kind.HOUSED;
        if (wasHoused != isHoused) {
            Map<String, Object> crossed = new HashMap<>(props);
            crossed.put(HousingEvents.PROP_PREVIOUS_KIND, before == null ? "UNKNOWN" : before.name());
            crossed.put(HousingEvents.PROP_KIND, after == null ? "UNKNOWN" : after.name());
            tx.post(isHoused ? HousingEvents.HOUSED : HousingEvents.LOST_HOUSING, crossed);
        }
    }
}
