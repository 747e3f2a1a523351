package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.Inbox;
import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.InboxSearch;
import org.missioncj.adapter.api.dto.ReviewDecision;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.Role;

class InboundFeedTest {
    /** Records what the feed hands the platform's inbox. */
    static class RecordingInbox implements Inbox {
        final List<Actor> actors = new ArrayList<>();
        final List<InboundMessage> messages = new ArrayList<>();
        final InboxReceipt receipt = new InboxReceipt();

        @Override
        public InboxReceipt receive(Actor actor, InboundMessage message) {
            actors.add(actor);
            messages.add(message);
            return receipt;
        }

        @Override
        public InboxEntry get(Actor actor, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<InboxEntry> list(Actor actor, InboxSearch search, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InboxEntry link(Actor actor, String id, ReviewDecision decision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InboxEntry dismiss(Actor actor, String id, ReviewDecision decision) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aRecordGoesToTheInboxAsTheSystemsIntegrationActor() {
        RecordingInbox inbox = new RecordingInbox();
        HostRecord r = new HostRecord();
        r.messageId = "msg-0002";
        r.event = "RELEASED";
        r.bookingNumber = "BK-2026-000456";
        r.releaseDate = "2026-04-01";
        InboxReceipt receipt = new InboundFeed(inbox).receive(r);
        assertSame(inbox.receipt, receipt);
        assertEquals(1, inbox.messages.size());
        assertEquals(InboundKind.RELEASE, inbox.messages.get(0).kind);
        assertEquals("${systemName}", inbox.messages.get(0).sourceSystem);
        Actor actor = inbox.actors.get(0);
        assertEquals("adapter:${systemName}", actor.username());
        assertEquals(Set.of(Role.INTEGRATION), actor.roles());
    }

    @Test
    void aRecordThatCannotBeTranslatedDoesNotReachTheInbox() {
        RecordingInbox inbox = new RecordingInbox();
        HostRecord r = new HostRecord();
        r.event = "RELEASED";
        assertThrows(IllegalArgumentException.class, () -> new InboundFeed(inbox).receive(r));
        assertTrue(inbox.messages.isEmpty());
    }
}
