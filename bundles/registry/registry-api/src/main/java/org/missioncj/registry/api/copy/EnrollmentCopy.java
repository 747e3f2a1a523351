package org.missioncj.registry.api.copy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.module.Tx;
import org.missioncj.registry.api.EnrollmentService;
import org.missioncj.registry.api.RegistryEvents;
import org.missioncj.registry.api.TeamService;
import org.missioncj.registry.api.dto.Enrollment;
import org.missioncj.registry.api.dto.EnrollmentSearch;
import org.missioncj.registry.api.dto.EnrollmentStatus;
import org.missioncj.registry.api.dto.Team;
import org.osgi.annotation.versioning.ConsumerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a module's copy of enrollments current. The module's event handler (a DS component with
 * {@link #TOPICS}) calls {@link #sync} with each event's enrollment id, {@link #reconcile} once in the
 * background at start (events are delivered at most once, and the module may have been installed
 * later), and {@link #catchUp} when a read finds no enrollment for a participant the registry has just
 * enrolled, so that a read right after enrolling answers as it will a moment later.
 *
 * <p>The handler is a few lines: {@link #follow} in {@code handleEvent}, {@link #reconcileInBackground} in
 * its activation and {@link Background#stop} in its deactivation ({@code DrtEnrollmentSync}).
 *
 * <p>Every enrollment is copied, referrals included: a referral is on no caseload yet ({@link EnrollmentFact#open}
 * says so), but it places its participant with its team as the registry's caseload rule does, and a module that routes
 * by placement ({@link EnrollmentStatements#placing}) must see it. A copied enrollment follows every later change, its
 * end included.
 */
public final class EnrollmentCopy {
    /** The registry topics that change an enrollment. */
    public static final String[] TOPICS = {RegistryEvents.ENROLLED, RegistryEvents.ENROLLMENT_CHANGED,
        RegistryEvents.ENROLLMENT_STATUS_CHANGED};

    /** Where the module keeps its copy: its mapper's three statements. */
    @ConsumerType
    public interface Store {
        /**
         * The store of a module whose copy keeps just the fact: its mapper extends {@link EnrollmentStatements}
         * ({@code EnrollmentCopy.Store.of(DrtMapper.class)}).
         */
        static Store of(Class<? extends EnrollmentStatements> mapper) {
            return new Store() {
                @Override
                public EnrollmentFact find(Tx tx, String enrollmentId) {
                    return tx.mapper(mapper).enrollment(enrollmentId);
                }

                @Override
                public void insert(Tx tx, EnrollmentFact fact) {
                    tx.mapper(mapper).insertEnrollment(fact);
                }

                @Override
                public void update(Tx tx, EnrollmentFact fact) {
                    tx.mapper(mapper).updateEnrollment(fact);
                }
            };
        }

        EnrollmentFact find(Tx tx, String enrollmentId);

        void insert(Tx tx, EnrollmentFact fact);

        void update(Tx tx, EnrollmentFact fact);

        /** A new, empty copy: a module whose rows keep more than the fact returns its own subclass. */
        default EnrollmentFact newFact() {
            return new EnrollmentFact();
        }

        /** Called in the same transaction after a copy changed, for the module's derived data (CTI's schedule). */
        default void changed(Tx tx, EnrollmentFact fact, boolean isNew) {
        }
    }

    /** The catch-up {@link #reconcileInBackground} started; stop it when the module's handler deactivates. */
    public interface Background {
        void stop();
    }

    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentCopy.class);

    private final ModuleSupport module;
    private final EnrollmentService enrollments;
    private final TeamService teams;
    private final Store store;
    private final Actor system;
    private final Object[] locks = new Object[64];

    public EnrollmentCopy(ModuleSupport module, EnrollmentService enrollments, TeamService teams, Store store) {
        this.module = module;
        this.enrollments = enrollments;
        this.teams = teams;
        this.store = store;
        this.system = Actor.system(module.name());
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * The event handler's call for one registry event: {@link #sync} of its enrollment. A failure is logged, never
     * thrown back to Event Admin (which would stop delivering to the handler); the next event or catch-up repairs it.
     */
    public void follow(String topic, String enrollmentId) {
        try {
            sync(enrollmentId);
        } catch (RuntimeException e) {
            LOG.error("Module {} could not follow event {} of enrollment {}", module.name(), topic, enrollmentId, e);
        }
    }

    /**
     * {@link #reconcile} on a thread of its own ({@code mission-<module>-catch-up}), so that a site with thousands of
     * enrollments starts at once: the handler's activation calls it, its deactivation stops what it returns.
     */
    public Background reconcileInBackground() {
        ExecutorService background = Executors.newSingleThreadExecutor(
                r -> new Thread(r, "mission-" + module.name() + "-catch-up"));
        background.execute(() -> {
            try {
                int copied = reconcile();
                if (copied > 0) {
                    LOG.info("Module {} caught up with {} enrollments it had not seen", module.name(), copied);
                }
            } catch (RuntimeException e) {
                LOG.error("Module {} could not catch up with the registry's enrollments; its copy follows the next events",
                        module.name(), e);
            }
        });
        return background::shutdownNow;
    }

    /** Copies the enrollment from the registry (nothing if it is gone). */
    public void sync(String enrollmentId) {
        if (enrollmentId == null) {
            return;
        }
        synchronized (lock(enrollmentId)) {
            Enrollment e;
            try {
                e = enrollments.get(system, enrollmentId);
            } catch (NotFoundException gone) {
                return;
            }
            Team team = teams.get(system, e.teamId);
            module.work(tx -> {
                EnrollmentFact fact = store.find(tx, enrollmentId);
                boolean isNew = fact == null;
                if (isNew) {
                    fact = store.newFact();
                    fact.enrollmentId = e.id;
                }
                fact.participantId = e.participantId;
                fact.teamId = e.teamId;
                fact.site = team.site;
                fact.startDate = e.startDate;
                fact.programMonths = e.programMonths;
                fact.status = e.status.name();
                fact.updatedAt = module.now();
                if (isNew) {
                    store.insert(tx, fact);
                } else {
                    store.update(tx, fact);
                }
                store.changed(tx, fact, isNew);
                return null;
            });
        }
    }

    /**
     * Brings in the participant's open enrollments (referrals too) that the copy lacks, each in a transaction
     * of its own (the event may be copying it at the same moment, here or on another node).
     *
     * @return whether any enrollment on a caseload (not a referral) was found in the registry
     */
    public boolean catchUp(String participantId) {
        EnrollmentSearch q = new EnrollmentSearch();
        q.participantId = participantId;
        boolean found = false;
        List<Enrollment> list = enrollments.list(system, q, PageRequest.of(0, PageRequest.MAX_SIZE)).items;
        for (Enrollment e : list) {
            if (EnrollmentStatus.OPEN.contains(e.status)) {
                found |= EnrollmentStatus.ON_CASELOAD.contains(e.status);
                try {
                    module.workAlone(tx -> {
                        sync(e.id);
                        return null;
                    });
                } catch (RuntimeException elsewhere) {
                    // copied on another node at the same moment: its row is there, the read finds it
                }
            }
        }
        return found;
    }

    /**
     * What {@code read} finds in the copy for a participant, caught up from the registry first when it finds nothing:
     * a write right after the registry enrolled someone (the event still on its way) then sees the enrollment, as it
     * would a moment later, and so do the module's team lists that follow the write. {@code read} runs in the caller's
     * transaction; the catch-up commits in transactions of its own, which the second read sees.
     *
     * @return the second read's answer when the first was null (still null for a participant on no team)
     */
    public <T> T caughtUp(String participantId, java.util.function.Supplier<T> read) {
        T found = read.get();
        if (found != null || participantId == null) {
            return found;
        }
        catchUp(participantId);
        return read.get();
    }

    /** Copies every open enrollment (referrals too) that the copy lacks. Returns how many it copied. */
    public int reconcile() {
        int[] copied = {0};
        for (EnrollmentStatus status : EnrollmentStatus.OPEN) {
            EnrollmentSearch q = new EnrollmentSearch();
            q.status = status;
            Page.each(page -> enrollments.list(system, q, page), (Enrollment e) -> {
                if (module.work(tx -> store.find(tx, e.id)) != null) {
                    return;
                }
                try {
                    sync(e.id);
                    copied[0]++;
                } catch (RuntimeException elsewhere) {
                    // another node copied it at the same moment; the next event repairs the rest
                }
            });
        }
        return copied[0];
    }

    /** One of a few locks, by enrollment: a sync and a catch-up of one enrollment on this node never overlap. */
    private Object lock(String enrollmentId) {
        return locks[Math.floorMod(enrollmentId.hashCode(), locks.length)];
    }
}
