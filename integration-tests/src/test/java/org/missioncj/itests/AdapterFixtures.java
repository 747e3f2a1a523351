package org.missioncj.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** What the adapter tests share: the runtime's settings for a run, and a wait on the outbox's events. */
final class AdapterFixtures {
    private AdapterFixtures() {
    }

    /** The runtime for one simulated court (county-court) that gets the enrollment notices; tries a second apart. */
    static void runtime(List<Option> o, String courtName, int maxAttempts) {
        String cfg = "etc/org.missioncj.adapter.cfg";
        o.add(editConfigurationFilePut(cfg, "systems", "county-court|COURT|" + courtName));
        o.add(editConfigurationFilePut(cfg, "noticeSystems", "county-court"));
        o.add(editConfigurationFilePut(cfg, "maxAttempts", Integer.toString(maxAttempts)));
        o.add(editConfigurationFilePut(cfg, "firstRetrySeconds", "1"));
        o.add(editConfigurationFilePut(cfg, "maxRetrySeconds", "1"));
        o.add(editConfigurationFilePut(cfg, "blockedRecheckSeconds", "1"));
        o.add(editConfigurationFilePut(cfg, "pollSeconds", "1"));
    }

    /** Every outbox event of a run (OUTBOX per ended try, QUEUED per new message), and a wait on them. */
    static final class OutboxEvents {
        private final List<Event> seen = Collections.synchronizedList(new ArrayList<>());
        private final BlockingQueue<Event> wake = new LinkedBlockingQueue<>();

        /** Listens from now on; events of other topics go to {@code others}. */
        OutboxEvents(BundleContext context, String[] otherTopics, java.util.function.Consumer<Event> others) {
            List<String> topics = new ArrayList<>(List.of("org/missioncj/adapter/OUTBOX", "org/missioncj/adapter/QUEUED"));
            topics.addAll(List.of(otherTopics));
            Dictionary<String, Object> p = new Hashtable<>();
            p.put(EventConstants.EVENT_TOPIC, topics.toArray(new String[0]));
            context.registerService(EventHandler.class, e -> {
                if (e.getTopic().startsWith("org/missioncj/adapter/")) {
                    seen.add(e);
                    wake.add(e);
                } else {
                    others.accept(e);
                }
            }, p);
        }

        /** The id of the message queued for the participant (its enrollment notice). */
        String queued(String participantId) throws InterruptedException {
            return (String) await(e -> e.getTopic().endsWith("QUEUED") && participantId.equals(e.getProperty("participantId")),
                "a notice queued for " + participantId).getProperty("messageId");
        }

        /** Waits for the outbox to report the message in this state (an event per ended try), at most 30 s. */
        Event outbox(String messageId, String state) throws InterruptedException {
            return await(e -> e.getTopic().endsWith("OUTBOX") && messageId.equals(e.getProperty("messageId"))
                && state.equals(e.getProperty("state")), "outbound message " + messageId + " " + state);
        }

        /** The first event of the run that matches, waiting for it up to 30 s: a wait on events, never a sleep. */
        Event await(Predicate<Event> wanted, String what) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                synchronized (seen) {
                    for (Event e : seen) {
                        if (wanted.test(e)) {
                            return e;
                        }
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no event for " + what + " within 30 s");
                }
                wake.poll(left, TimeUnit.NANOSECONDS);
            }
        }
    }
}
