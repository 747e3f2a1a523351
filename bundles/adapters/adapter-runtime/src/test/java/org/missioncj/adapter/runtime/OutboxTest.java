package org.missioncj.adapter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.dto.OutboundKind;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.OutboundRequest;
import org.missioncj.adapter.api.dto.OutboxSearch;
import org.missioncj.adapter.api.dto.OutboxState;
import org.missioncj.adapter.spi.OutboundChannel;
import org.missioncj.consent.api.dto.AccountingSearch;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.ValidationException;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;

class OutboxTest {
    private final RuntimeFixture f = new RuntimeFixture();

    private OutboundMessage notice(String participantId) {
        OutboundRequest r = new OutboundRequest();
        r.system = RuntimeFixture.COURT;
        r.kind = OutboundKind.ENROLLMENT_NOTICE;
        r.participantId = participantId;
        return f.outbox.send(TestActors.CM, r);
    }

    private OutboundMessage state(String id) {
        return f.outbox.get(TestActors.ADMIN, id);
    }

    private long disclosures(String participantId) {
        AccountingSearch q = new AccountingSearch();
        q.participantId = participantId;
        return f.gate.accounting(RegistryFixture.ADMIN, q, PageRequest.of(0, 50)).totalItems;
    }

    @Test
    void withoutConsentAMessageIsBlockedAndGoesOnceAConsentNamesTheRecipient() {
        String p = f.enrolledWithBooking("Blocked", "B-1");
        OutboundMessage m = notice(p);
        assertEquals(1, f.outbox.deliverDue());
        OutboundMessage blocked = state(m.id);
        assertEquals(OutboxState.BLOCKED_BY_CONSENT, blocked.state);
        assertNotNull(blocked.lastError);
        assertEquals(0, f.court.received.size());
        assertEquals(0, disclosures(p));
        f.consentToCourt(p);
        // checked again after the re-check interval, or at once when replayed
        assertEquals(0, f.outbox.deliverDue());
        f.clock.advance(Duration.ofSeconds(601));
        assertEquals(1, f.outbox.deliverDue());
        OutboundMessage sent = state(m.id);
        assertEquals(OutboxState.DELIVERED, sent.state);
        assertNotNull(sent.disclosureId);
        assertEquals(1, f.court.received.size());
        String body = f.court.received.get(0).body;
        assertTrue(body.contains("\"kind\":\"ENROLLMENT_NOTICE\""), body);
        assertTrue(body.contains("B-1"), body);
        assertTrue(body.contains("42 CFR part 2"), body);
        assertTrue(!body.contains("Blocked"), "the participant's name stays home: " + body);
        assertEquals(1, disclosures(p));
    }

    @Test
    void aSystemThatIsDownGetsEachMessageOnceAfterItReturns() {
        String p = f.enrolledWithBooking("Down", "B-2");
        f.consentToCourt(p);
        f.court.down = true;
        OutboundMessage m = notice(p);
        f.outbox.deliverDue();
        OutboundMessage failed = state(m.id);
        assertEquals(OutboxState.PENDING, failed.state);
        assertEquals(1, failed.attempts);
        assertEquals("court system answered HTTP 503", failed.lastError);
        assertEquals(0, disclosures(p), "a failed delivery leaves no disclosure on record");
        assertEquals(0, f.outbox.deliverDue(), "not before its back-off");
        f.court.down = false;
        f.clock.advance(Duration.ofSeconds(11));
        assertEquals(1, f.outbox.deliverDue());
        f.clock.advance(Duration.ofHours(1));
        f.outbox.deliverDue();
        assertEquals(1, f.court.received.size());
        assertEquals(OutboxState.DELIVERED, state(m.id).state);
        assertEquals(1, disclosures(p));
    }

    @Test
    void afterTheLastTryAMessageIsDeadUntilReplayed() {
        String p = f.enrolledWithBooking("Dead", "B-3");
        f.consentToCourt(p);
        f.court.down = true;
        OutboundMessage m = notice(p);
        for (int i = 0; i < 3; i++) {
            f.outbox.deliverDue();
            f.clock.advance(Duration.ofMinutes(5));
        }
        assertEquals(OutboxState.DEAD, state(m.id).state);
        assertEquals(3, state(m.id).attempts);
        assertEquals(1, f.outbox.list(TestActors.ADMIN, new OutboxSearch(OutboxState.DEAD, null, null),
                PageRequest.of(0, 10)).totalItems);
        assertEquals(0, f.outbox.deliverDue());
        f.court.down = false;
        assertEquals(OutboxState.PENDING, f.outbox.replay(TestActors.ADMIN, m.id).state);
        assertThrows(ConflictException.class, () -> f.outbox.replay(TestActors.ADMIN, m.id));
        assertEquals(1, f.outbox.deliverDue());
        assertEquals(OutboxState.DELIVERED, state(m.id).state);
        assertEquals(1, f.court.received.size());
    }

    @Test
    void withoutItsChannelAMessageWaitsAndLosesNothing() {
        String p = f.enrolledWithBooking("Waits", "B-4");
        f.consentToCourt(p);
        f.outbox.removeChannel(f.court, Map.of(OutboundChannel.SYSTEM, RuntimeFixture.COURT));
        OutboundMessage m = notice(p);
        assertEquals(0, f.outbox.deliverDue());
        assertEquals(OutboxState.PENDING, state(m.id).state);
        assertEquals(0, state(m.id).attempts);
        f.outbox.addChannel(f.court, Map.of(OutboundChannel.SYSTEM, RuntimeFixture.COURT));
        f.clock.advance(Duration.ofSeconds(31));
        assertEquals(1, f.outbox.deliverDue());
        assertEquals(OutboxState.DELIVERED, state(m.id).state);
    }

    @Test
    void anEnrollmentEventQueuesOneNoticePerNoticeSystemHoweverOftenItComes() {
        NoticeSource notices = new NoticeSource(f.adapter, f.settings, f.outbox);
        f.platform.events.deliver("org/missioncj/registry/ENROLLED", notices::handleEvent);
        String p = f.enrolledWithBooking("Notice", "B-5");
        var enrolled = f.platform.events.events("org/missioncj/registry/ENROLLED");
        assertEquals(1, enrolled.size());
        notices.handleEvent(enrolled.get(0));
        var queued = f.outbox.list(TestActors.ADMIN, new OutboxSearch(null, null, p), PageRequest.of(0, 10));
        assertEquals(1, queued.totalItems);
        assertEquals(OutboundKind.ENROLLMENT_NOTICE, queued.items.get(0).kind);
    }

    @Test
    void sendingChecksTheCallersCaseloadAndTheSystem() {
        String p = f.enrolledWithBooking("Checks", "B-6");
        OutboundRequest r = new OutboundRequest();
        r.system = "some-other-court";
        r.kind = OutboundKind.PROGRESS_REPORT;
        r.participantId = p;
        ValidationException e = assertThrows(ValidationException.class, () -> f.outbox.send(TestActors.CM, r));
        assertTrue(e.errors().stream().anyMatch(x -> x.field.equals("system")));
        assertTrue(e.errors().stream().anyMatch(x -> x.field.equals("from")));
        r.system = RuntimeFixture.COURT;
        assertThrows(org.missioncj.core.api.ForbiddenException.class,
                () -> f.outbox.send(TestActors.of("cm.elsewhere", org.missioncj.core.api.Role.CASE_MANAGER), r));
    }

    @Test
    void twoNodesDeliverEachMessageExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String p = f.enrolledWithBooking("Node " + i, "B-N" + i);
            f.consentToCourt(p);
            ids.add(notice(p).id);
        }
        OutboxServiceImpl other = f.outbox();
        other.addChannel(f.court, Map.of(OutboundChannel.SYSTEM, RuntimeFixture.COURT));
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (OutboxServiceImpl node : List.of(f.outbox, other)) {
            runs.add(two.submit(() -> {
                start.await();
                int n = 0;
                for (int round = 0; round < 5; round++) {
                    n += node.deliverDue();
                }
                return n;
            }));
        }
        start.countDown();
        int tried = 0;
        for (Future<Integer> run : runs) {
            tried += run.get(60, TimeUnit.SECONDS);
        }
        two.shutdown();
        assertEquals(12, tried);
        assertEquals(12, f.court.received.size());
        assertEquals(new HashSet<>(ids), new HashSet<>(f.court.tries.keySet()));
        assertTrue(f.court.tries.values().stream().allMatch(n -> n == 1), f.court.tries.toString());
    }

    @Test
    void anAlertCarriesOnlyTheCategoriesTheConsentCovers() {
        String p = f.enrolledWithBooking("Alert", "B-AL");
        f.consentToCourt(p, List.of("CASE_MANAGEMENT"));
        OutboundRequest r = new OutboundRequest();
        r.system = RuntimeFixture.COURT;
        r.kind = OutboundKind.MISSED_CONTACT_ALERT;
        r.participantId = p;
        OutboundMessage m = f.outbox.send(TestActors.CM, r);
        f.outbox.deliverDue();
        assertEquals(OutboxState.DELIVERED, state(m.id).state);
        String body = f.court.received.get(0).body;
        assertTrue(!body.contains("\"enrollment\"") && !body.contains("startDate"), body);
        assertTrue(body.contains("B-AL"), body);
        AccountingSearch q = new AccountingSearch();
        q.participantId = p;
        var listed = f.gate.accounting(RegistryFixture.ADMIN, q, PageRequest.of(0, 5)).items.get(0);
        assertEquals(List.of("CASE_MANAGEMENT"), listed.categories);
        assertTrue(listed.description.contains("requested by cm.test"), listed.description);
    }

    @Test
    void aReportPeriodLongerThanTheReportAllowsIsRefusedAtOnce() {
        String p = f.enrolledWithBooking("Long report", "B-LR");
        OutboundRequest r = new OutboundRequest();
        r.system = RuntimeFixture.COURT;
        r.kind = OutboundKind.PROGRESS_REPORT;
        r.participantId = p;
        r.from = RegistryFixture.TODAY.minusDays(400);
        r.to = RegistryFixture.TODAY;
        ValidationException e = assertThrows(ValidationException.class, () -> f.outbox.send(TestActors.CM, r));
        assertTrue(e.errors().stream().anyMatch(x -> x.reason.contains("400 days")));
        r.from = RegistryFixture.TODAY.minusDays(399);
        assertEquals(OutboxState.PENDING, f.outbox.send(TestActors.CM, r).state);
    }

    @Test
    void aFailingSystemIsTriedOncePerRound() {
        f.court.down = true;
        for (int i = 0; i < 3; i++) {
            String p = f.enrolledWithBooking("Round " + i, "B-RD" + i);
            f.consentToCourt(p);
            notice(p);
        }
        assertEquals(1, f.outbox.deliverDue());
        assertEquals(1, f.court.tries.size());
    }
}
