package org.missioncj.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * An Event Admin that records every event, and delivers it at once (on the poster's thread, after the
 * poster's commit as the kit posts them) to the handlers registered with {@link #deliver}.
 */
public final class RecordingEventAdmin implements EventAdmin {
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Map<String, List<EventHandler>> handlers = new ConcurrentHashMap<>();
    private volatile boolean delivering = true;

    /** Delivers events whose topic starts with {@code topicPrefix} to the handler. */
    public RecordingEventAdmin deliver(String topicPrefix, EventHandler handler) {
        handlers.computeIfAbsent(topicPrefix, k -> new CopyOnWriteArrayList<>()).add(handler);
        return this;
    }

    /** False: events are recorded but reach no handler, as when the listening module is not running. */
    public void delivering(boolean on) {
        this.delivering = on;
    }

    @Override
    public void postEvent(Event event) {
        events.add(event);
        if (!delivering) {
            return;
        }
        handlers.forEach((prefix, hs) -> {
            if (event.getTopic().startsWith(prefix)) {
                hs.forEach(h -> h.handleEvent(event));
            }
        });
    }

    @Override
    public void sendEvent(Event event) {
        postEvent(event);
    }

    /** Every event so far, oldest first. */
    public List<Event> events() {
        return new ArrayList<>(events);
    }

    /** The events of one topic, oldest first. */
    public List<Event> events(String topic) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.getTopic().equals(topic)) {
                out.add(e);
            }
        }
        return out;
    }

    public void clear() {
        events.clear();
    }
}
