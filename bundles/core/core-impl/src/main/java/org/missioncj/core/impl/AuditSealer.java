package org.missioncj.core.impl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals new audit records into the hash chain every few seconds and applies the retention policy.
 * Every node runs it; the seal row's lock lets one node at a time do the work.
 */
@Component(immediate = true, configurationPid = "org.missioncj.core.audit")
@Designate(ocd = AuditSealer.Config.class)
public class AuditSealer {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    @ObjectClassDefinition(name = "MISSION-CJ audit trail",
            description = "Sealing of audit records into the tamper-evident chain of keyed blocks, its witness outside the "
                    + "database, and how long records are kept.")
    public @interface Config {
        @AttributeDefinition(name = "Seal interval (seconds)",
                description = "How often new audit records are sealed into blocks; until then they are stored but not yet sealed.")
        int sealIntervalSeconds() default 5;

        @AttributeDefinition(name = "Seal grace (seconds)",
                description = "A record is sealed once it is this old, so a transaction that is still committing never finds "
                        + "its range sealed. Keep the nodes' clocks in step (NTP) to within this.")
        int sealGraceSeconds() default 2;

        @AttributeDefinition(name = "Retention (years)",
                description = "Audit records older than this are removed, whole blocks at a time (the chain is re-based so the "
                        + "rest still verifies). HIPAA asks for 6 years; 0 keeps records forever.")
        int retentionYears() default 6;

        @AttributeDefinition(name = "Key file",
                description = "The chain's HMAC keys, outside the database; created owner-only on the first start. Empty: "
                        + "etc/mission-audit.keys. Every node of a cluster needs the same file.")
        String keyFile() default "";

        @AttributeDefinition(name = "Witness",
                description = "Where the chain's head is written down at intervals: file (an append-only file that verification "
                        + "compares the chain with), log (a line on logger org.missioncj.audit.witness, for syslog) or none.")
        String witness() default "file";

        @AttributeDefinition(name = "Witness file", description = "For witness = file. Empty: audit/witness.log under the Karaf home.")
        String witnessFile() default "";

        @AttributeDefinition(name = "Witness interval (seconds)",
                description = "How often at most the chain's head is written down (when it moved).")
        int witnessIntervalSeconds() default 60;

        @AttributeDefinition(name = "Group commit queue (requests)",
                description = "How many requests at most wait for the group commit of their audit records (reads, "
                        + "refusals); when it is full a request waits for room.")
        int groupCommitQueue() default 2000;

        @AttributeDefinition(name = "Group commit batch (records)",
                description = "How many audit records at most one group commit writes in one transaction.")
        int groupCommitBatch() default 1000;

        @AttributeDefinition(name = "Group commit wait (seconds)",
                description = "How long a request waits at most for its audit record to be committed; then it is "
                        + "answered 503 with Retry-After, and no data leaves without its record.")
        int groupCommitWaitSeconds() default 10;
    }

    private final AuditServiceImpl audit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mission-audit-sealer"));

    @Activate
    public AuditSealer(@Reference(target = "(component.name=org.missioncj.core.impl.AuditServiceImpl)")
            org.missioncj.core.api.audit.AuditService audit, Config config) {
        this.audit = (AuditServiceImpl) audit;
        int every = Math.max(1, config.sealIntervalSeconds());
        timer.scheduleWithFixedDelay(this::seal, every, every, TimeUnit.SECONDS);
        if (config.retentionYears() > 0) {
            timer.scheduleWithFixedDelay(() -> purge(config.retentionYears()), 1, 60, TimeUnit.MINUTES);
        }
    }

    /** Stops sealing, and writes the chain's head down so that what was sealed last is witnessed too. */
    @Deactivate
    void stop() {
        timer.shutdownNow();
        try {
            audit.witnessHead(true);
        } catch (RuntimeException e) {
            LOG.warn("Could not witness the audit chain's head at shutdown: {}", e.getMessage());
        }
    }

    private void seal() {
        try {
            audit.sealPending();
        } catch (AuditBlocks.StateMissing e) {
            LOG.error("AUDIT TRAIL NOT SEALED: {}. GET /audit/verify reports the chain broken.", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Sealing audit records failed; retrying at the next interval: {}", e.getMessage());
        }
    }

    private void purge(int years) {
        try {
            Instant cutoff = ZonedDateTime.now(ZoneOffset.UTC).minusYears(years).toInstant();
            int removed = audit.purgeBefore(cutoff);
            if (removed > 0) {
                LOG.info("Audit retention removed {} records older than {}", removed, cutoff);
            }
        } catch (RuntimeException e) {
            LOG.warn("Audit retention failed; retrying in an hour: {}", e.getMessage());
        }
    }
}
