package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.cti.api.CtiEvents;
import org.missioncj.cti.api.dto.DueContact;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.copy.EnrollmentCopy;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps CTI's copy of enrollments and their due contacts current: on registry events (enrolled,
 * changed, status), on a release from custody, and at start for any enrollment it missed while it
 * was not running (events are delivered at most once). The copy itself is the kit's
 * {@link EnrollmentCopy}; CTI adds the release day and the schedule.
 */
@Component(immediate = true, service = {EventHandler.class, EnrollmentSync.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + RegistryEvents.ENROLLMENT_STATUS_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + CtiEvents.RELEASED})
// the registry topics are EnrollmentCopy.TOPICS; an annotation needs them written out
public class EnrollmentSync implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentSync.class);

    private final ModuleSupport module;
    private final CtiSettings settings;
    private final EnrollmentCopy copy;
    private EnrollmentCopy.Background background;

    @Activate
    public EnrollmentSync(@Reference(target = CtiSettings.MODULE) ModuleSupport module, @Reference CtiSettings settings,
            @Reference EnrollmentService enrollments, @Reference TeamService teams) {
        this.module = module;
        this.settings = settings;
        this.copy = new EnrollmentCopy(module, enrollments, teams, new Store());
    }

    /** Catches up in the background, so a site with thousands of enrollments starts at once. */
    @Activate
    void start() {
        background = copy.reconcileInBackground();
    }

    @Deactivate
    void stop() {
        background.stop();
    }

    @Override
    public void handleEvent(Event event) {
        try {
            if (CtiEvents.RELEASED.equals(event.getTopic())) {
                released((String) event.getProperty(CtiEvents.PROP_PARTICIPANT_ID),
                        String.valueOf(event.getProperty(CtiEvents.PROP_RELEASE_DATE)));
            } else {
                sync((String) event.getProperty(RegistryEvents.PROP_ENROLLMENT_ID));
            }
        } catch (RuntimeException e) {
            LOG.error("CTI could not follow event {} {}", event.getTopic(), event.getProperty("enrollmentId"), e);
        }
    }

    /** Copies the enrollment from the registry and rebuilds the future of its schedule. */
    void sync(String enrollmentId) {
        copy.sync(enrollmentId);
    }

    /** A release from custody starts the community phases on the release day. */
    void released(String participantId, String releaseDate) {
        LocalDate day;
        try {
            day = LocalDate.parse(releaseDate);
        } catch (DateTimeParseException e) {
            LOG.error("Ignoring release of participant {}: '{}' is not a date", participantId, releaseDate);
            return;
        }
        // kept first, in a transaction of its own: an enrollment that CTI copies or that opens from here on finds it,
        // though the release came before the enrollment existed, or while it was a referral
        module.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            if (m.updateCustodyRelease(participantId, day, module.now()) == 0) {
                m.insertCustodyRelease(participantId, day, module.now());
            }
            return null;
        });
        // a release right after the enrollment may come before the registry's event: copy it first, or the release
        // would find nothing to start and the schedule would stay anchored on the start date
        if (module.work(tx -> tx.mapper(CtiMapper.class).openEnrollments(participantId)).isEmpty()) {
            copy.catchUp(participantId);
        }
        module.work(tx -> {
            CtiMapper m = tx.mapper(CtiMapper.class);
            for (CtiMapper.EnrollmentRow open : m.openEnrollments(participantId)) {
                // the release day alone, and the row read again under the update's lock: a sync of the same enrollment
                // at this moment neither loses the release nor has it rebuilt from a stale status
                m.updateReleaseDate(open.enrollmentId, day, module.now());
                CtiMapper.EnrollmentRow row = m.enrollment(open.enrollmentId);
                rebuildDue(m, row == null ? open : row);
            }
            return null;
        });
    }

    /**
     * Brings in the participant's open enrollment if CTI has not seen it yet (its event is on its way,
     * or was lost): a read of the schedule right after enrolling answers as it will a moment later.
     *
     * @return whether an enrollment was brought in
     */
    boolean catchUp(String participantId) {
        return copy.catchUp(participantId);
    }

    /** What {@code read} finds in the copy, caught up first when it finds nothing ({@link EnrollmentCopy#caughtUp}). */
    <T> T caughtUp(String participantId, java.util.function.Supplier<T> read) {
        return copy.caughtUp(participantId, read);
    }

    /**
     * Writes the enrollment's due contacts from the plan. The first time, all of them; later only
     * from today on, so what was due (and logged) before today stays as it was, and the window
     * open today is cut where the new plan's next one begins.
     */
    void rebuildDue(CtiMapper m, CtiMapper.EnrollmentRow e) {
        LocalDate today = module.today();
        List<DueContact> existing = m.due(e.enrollmentId);
        boolean open = isOpen(e);
        LocalDate from = existing.isEmpty() ? LocalDate.MIN : today;
        if (!existing.isEmpty()) {
            m.deleteDueFrom(e.enrollmentId, today);
        }
        if (!open) {
            return;
        }
        LocalDate firstNew = null;
        for (DueContact d : settings.plan().dueContacts(e.anchor(), e.programMonths)) {
            if (!d.dueDate.isBefore(from)) {
                m.insertDue(e.enrollmentId, d);
                if (firstNew == null) {
                    firstNew = d.dueDate;
                }
            }
        }
        if (firstNew != null && !existing.isEmpty()) {
            m.clipWindows(e.enrollmentId, today, firstNew);
        }
    }

    /**
     * Brings in every open enrollment CTI has not seen (installed later, started after the
     * registry, or events lost in a crash). Returns how many it synced.
     */
    int reconcile() {
        return copy.reconcile();
    }

    /** CTI's copy in cti_enrollment; each change rebuilds the future of the schedule. */
    private final class Store implements EnrollmentCopy.Store {
        @Override
        public EnrollmentFact find(Tx tx, String enrollmentId) {
            return tx.mapper(CtiMapper.class).enrollment(enrollmentId);
        }

        @Override
        public EnrollmentFact newFact() {
            return new CtiMapper.EnrollmentRow();
        }

        /** An open enrollment starts with the participant's release, if one came before it. */
        @Override
        public void insert(Tx tx, EnrollmentFact fact) {
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.EnrollmentRow row = (CtiMapper.EnrollmentRow) fact;
            if (isOpen(row)) {
                row.releaseDate = m.custodyRelease(row.participantId);
            }
            m.insertEnrollment(row);
        }

        @Override
        public void update(Tx tx, EnrollmentFact fact) {
            tx.mapper(CtiMapper.class).updateCopied((CtiMapper.EnrollmentRow) fact);
        }

        /** Rebuilds from the row as it is now (the update holds its lock): a release since the read is in it. */
        @Override
        public void changed(Tx tx, EnrollmentFact fact, boolean isNew) {
            CtiMapper m = tx.mapper(CtiMapper.class);
            CtiMapper.EnrollmentRow now = isNew ? null : m.enrollment(fact.enrollmentId);
            if (now != null && isOpen(now)) {
                // a referral that opens takes the release that came while it was one; the latest release reported wins
                LocalDate release = m.custodyRelease(now.participantId);
                if (release != null && !release.equals(now.releaseDate)) {
                    m.updateReleaseDate(now.enrollmentId, release, module.now());
                    now.releaseDate = release;
                }
            }
            rebuildDue(m, now == null ? (CtiMapper.EnrollmentRow) fact : now);
        }
    }

    private static boolean isOpen(CtiMapper.EnrollmentRow e) {
        return "ENROLLED".equals(e.status) || "ACTIVE".equals(e.status);
    }
}
