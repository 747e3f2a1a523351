package org.missioncj.adapter.runtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each node's worker: every few seconds it delivers the outbox's due messages and sweeps the inbox
 * (held messages whose predecessor came or whose hold ran out, messages stored but not processed). The
 * database decides which node does what (row claims and state moves), so any number of nodes may run it.
 */
@Component(immediate = true)
public class AdapterWorker {
    private static final Logger LOG = LoggerFactory.getLogger(AdapterWorker.class);

    private final OutboxServiceImpl outbox;
    private final InboxServiceImpl inbox;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mission-adapter-worker"));

    @Activate
    public AdapterWorker(@Reference AdapterSettings settings, @Reference OutboxServiceImpl outbox,
            @Reference InboxServiceImpl inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
        long every = settings.poll.toMillis();
        timer.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void run() {
        try {
            for (int round = 0; round < 50 && outbox.deliverDue() > 0; round++) {
                // keep going while there is due work, a batch at a time
            }
            inbox.sweep();
        } catch (RuntimeException e) {
            LOG.warn("The adapter worker could not finish its round; it tries again: {}", e.toString());
        }
    }
}
