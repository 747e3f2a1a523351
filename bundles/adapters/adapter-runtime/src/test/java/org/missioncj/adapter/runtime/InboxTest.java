package org.missioncj.adapter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.missioncj.adapter.api.AdapterEvents;
import org.missioncj.adapter.api.dto.CourtEvent;
import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.InboxEntry;
import org.missioncj.adapter.api.dto.InboxReceipt;
import org.missioncj.adapter.api.dto.InboxState;
import org.missioncj.adapter.api.dto.ReviewDecision;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.ValidationException;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.osgi.service.event.Event;

class InboxTest {
    private final RuntimeFixture f = new RuntimeFixture();

    private List<Event> events(String topic) {
        return f.platform.events.events(topic);
    }

    private List<String> eventKinds(String participantId) {
        return f.adapter.work(tx -> tx.mapper(AdapterMapper.class).events(participantId, 0, 50)).stream()
                .map(e -> e.kind + ":" + e.code).sorted().collect(Collectors.toList());
    }

    @Test
    void aReleaseOfAnEnrolledParticipantIsAppliedOnceAndPostsTheReleaseEvent() {
        String p = f.enrolledWithBooking("Release", "B-100");
        assertEquals(InboxState.PROCESSED, f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("m1", "B-100")).state);
        InboxReceipt first = f.inbox.receive(RuntimeFixture.JAIL,
                RuntimeFixture.release("m2", "B-100", LocalDate.of(2026, 3, 14)));
        InboxReceipt again = f.inbox.receive(RuntimeFixture.JAIL,
                RuntimeFixture.release("m2", "B-100", LocalDate.of(2026, 3, 14)));
        assertEquals(InboxState.PROCESSED, first.state);
        assertFalse(first.duplicate);
        assertTrue(again.duplicate);
        assertEquals(first.id, again.id);
        // a resend stamped anew is the same message; the same id for other content is refused, not swallowed
        InboundMessage restamped = RuntimeFixture.release("m2", "B-100", LocalDate.of(2026, 3, 14));
        restamped.occurredAt = java.time.Instant.parse("2026-03-14T10:00:00Z");
        assertTrue(f.inbox.receive(RuntimeFixture.JAIL, restamped).duplicate);
        ConflictException reused = assertThrows(ConflictException.class, () -> f.inbox.receive(RuntimeFixture.JAIL,
                RuntimeFixture.release("m2", "B-100", LocalDate.of(2026, 3, 15))));
        assertTrue(reused.getMessage().contains("received before with other content"), reused.getMessage());
        assertThrows(ConflictException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("m2", "B-100")));
        assertEquals(1, events(AdapterEvents.RELEASED).size());
        assertEquals(p, events(AdapterEvents.RELEASED).get(0).getProperty(AdapterEvents.PROP_PARTICIPANT_ID));
        assertEquals("2026-03-14", events(AdapterEvents.RELEASED).get(0).getProperty(AdapterEvents.PROP_RELEASE_DATE));
        assertEquals(List.of("BOOKING:B-100", "RELEASE:B-100"), eventKinds(p));
        // the booking of an enrolled participant alerts the team
        assertEquals(1, events(AdapterEvents.BOOKED).size());
        assertEquals(f.team.id, events(AdapterEvents.BOOKED).get(0).getProperty(AdapterEvents.PROP_TEAM_ID));
    }

    @Test
    void aReleaseBeforeItsBookingWaitsAndEndsAsBookingThenRelease() {
        String p = f.enrolledWithBooking("Order", "B-200");
        InboxReceipt release = f.inbox.receive(RuntimeFixture.JAIL,
                RuntimeFixture.release("r1", "B-200", LocalDate.of(2026, 3, 14)));
        assertEquals(InboxState.HELD, release.state);
        assertEquals(0, events(AdapterEvents.RELEASED).size());
        f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("b1", "B-200"));
        assertEquals(InboxState.PROCESSED, f.inbox.get(TestActors.ADMIN, release.id).state);
        assertEquals(1, events(AdapterEvents.RELEASED).size());
        assertEquals(List.of("BOOKING:B-200", "RELEASE:B-200"), eventKinds(p));
    }

    @Test
    void aHeldMessageGoesToReviewAfterTheHoldAndStaffCanLinkIt() {
        String p = f.enrolledWithBooking("Hold", "B-300");
        InboxReceipt release = f.inbox.receive(RuntimeFixture.JAIL,
                RuntimeFixture.release("r1", "B-300", LocalDate.of(2026, 3, 14)));
        f.inbox.sweep();
        assertEquals(InboxState.HELD, f.inbox.get(TestActors.ADMIN, release.id).state);
        f.clock.advance(Duration.ofMinutes(61));
        f.inbox.sweep();
        InboxEntry review = f.inbox.get(TestActors.ADMIN, release.id);
        assertEquals(InboxState.REVIEW, review.state);
        assertTrue(review.reason.contains("did not arrive within 60 minutes"), review.reason);
        ReviewDecision d = new ReviewDecision();
        d.participantId = p;
        d.reason = "Jail confirmed the release by phone";
        InboxEntry linked = f.inbox.link(TestActors.ADMIN, release.id, d);
        assertEquals(InboxState.PROCESSED, linked.state);
        assertEquals(p, linked.participantId);
        assertEquals(1, events(AdapterEvents.RELEASED).size());
        assertThrows(ConflictException.class, () -> f.inbox.link(TestActors.ADMIN, release.id, d));
    }

    @Test
    void noMatchOrSeveralMatchesGoToReviewAndDismissingNeedsAReason() {
        InboxReceipt nobody = f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("n1", "B-NOBODY"));
        assertEquals(InboxState.REVIEW, nobody.state);
        assertTrue(f.inbox.get(TestActors.ADMIN, nobody.id).reason.contains("no participant holds jail-booking B-NOBODY"));
        f.enrolledWithBooking("Twin one", "B-TWIN");
        String other = f.enrolledWithBooking("Twin two", "B-OTHER");
        org.missioncj.adapter.api.dto.InboundMessage both = RuntimeFixture.booking("n2", "B-TWIN");
        both.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-TWIN"),
                new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-OTHER"));
        InboxReceipt two = f.inbox.receive(RuntimeFixture.JAIL, both);
        assertTrue(other != null);
        assertEquals(InboxState.REVIEW, two.state);
        assertTrue(f.inbox.get(TestActors.ADMIN, two.id).reason.startsWith("2 participants hold"));
        assertEquals(2, f.inbox.list(TestActors.ADMIN, null, PageRequest.of(0, 20)).totalItems);
        assertThrows(ValidationException.class, () -> f.inbox.dismiss(TestActors.ADMIN, nobody.id, new ReviewDecision()));
        ReviewDecision d = new ReviewDecision();
        d.reason = "Not a program participant";
        assertEquals(InboxState.DISMISSED, f.inbox.dismiss(TestActors.ADMIN, nobody.id, d).state);
        assertEquals(1, f.inbox.list(TestActors.ADMIN, null, PageRequest.of(0, 20)).totalItems);
    }

    @Test
    void onlyAnIntegrationActorHandsMessagesInAndOnlyAdminsReview() {
        assertThrows(ForbiddenException.class, () -> f.inbox.receive(TestActors.CM, RuntimeFixture.booking("x", "B-1")));
        InboxReceipt r = f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("x", "B-1"));
        assertThrows(ForbiddenException.class, () -> f.inbox.get(TestActors.CM, r.id));
        assertThrows(ForbiddenException.class, () -> f.inbox.get(TestActors.SUPERVISOR, r.id));
        assertThrows(ForbiddenException.class, () -> f.inbox.get(RuntimeFixture.JAIL, r.id));
    }

    @Test
    void aLinkNeedsTheParticipantInTheLinkersScope() {
        InboxReceipt r = f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("s1", "B-NOBODY"));
        ReviewDecision d = new ReviewDecision();
        d.participantId = "no-such-participant";
        d.reason = "guess";
        assertThrows(org.missioncj.core.api.NotFoundException.class, () -> f.inbox.link(TestActors.ADMIN, r.id, d));
        assertEquals(InboxState.REVIEW, f.inbox.get(TestActors.ADMIN, r.id).state);
    }

    @Test
    void badMessagesGetEveryFieldErrorAndNothingIsStored() {
        InboundMessage m = new InboundMessage();
        m.sourceSystem = "County Jail";
        m.kind = InboundKind.RELEASE;
        ValidationException e = assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, m));
        String all = e.errors().stream().map(x -> x.field).collect(Collectors.joining(","));
        for (String field : List.of("sourceSystem", "messageId", "person", "bookingId", "releaseDate")) {
            assertTrue(all.contains(field), field + " in " + all);
        }
        assertEquals(0, f.inbox.list(TestActors.ADMIN, new org.missioncj.adapter.api.dto.InboxSearch(), PageRequest.of(0, 5))
                .totalItems);
    }

    @Test
    void hearingsAreStoredChangedAndListedForTheTeam() {
        String p = f.enrolledWithBooking("Hearing", "B-400");
        InboundMessage scheduled = RuntimeFixture.message("h1", InboundKind.HEARING_SCHEDULED, "B-400");
        scheduled.hearingId = "H-1";
        scheduled.scheduledAt = java.time.Instant.parse("2026-03-20T14:00:00Z");
        scheduled.court = "County Drug Court, Dept. 4";
        scheduled.hearingType = "status review";
        InboundMessage moved = RuntimeFixture.message("h2", InboundKind.HEARING_CHANGED, "B-400");
        moved.hearingId = "H-1";
        moved.scheduledAt = java.time.Instant.parse("2026-03-27T14:00:00Z");
        // the change first: held until the hearing is scheduled
        assertEquals(InboxState.HELD, f.inbox.receive(RuntimeFixture.JAIL, moved).state);
        f.inbox.receive(RuntimeFixture.JAIL, scheduled);
        var mine = f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 10));
        assertEquals(1, mine.totalItems);
        assertEquals(java.time.Instant.parse("2026-03-27T14:00:00Z"), mine.items.get(0).scheduledAt);
        assertEquals(1, f.calendar().upcoming(TestActors.CM, f.team.id, PageRequest.of(0, 10)).totalItems);
        InboundMessage cancelled = RuntimeFixture.message("h3", InboundKind.HEARING_CANCELLED, "B-400");
        cancelled.hearingId = "H-1";
        f.inbox.receive(RuntimeFixture.JAIL, cancelled);
        assertEquals(0, f.calendar().upcoming(TestActors.CM, f.team.id, PageRequest.of(0, 10)).totalItems);
        assertEquals("CANCELLED", f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 10)).items.get(0).status);
    }

    @Test
    void everyEffectIsAuditedWithTheMessageItCameFrom() {
        String p = f.enrolledWithBooking("Audit", "B-500");
        InboxReceipt r = f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("a1", "B-500"));
        List<CourtEvent> events = f.adapter.work(tx -> tx.mapper(AdapterMapper.class).events(p, 0, 10));
        assertEquals(r.id, events.get(0).inboxId);
        var q = new org.missioncj.core.api.audit.AuditQuery();
        q.participantId = p;
        assertTrue(f.platform.audit.query(RegistryFixture.ADMIN, q, PageRequest.of(0, 50)).items.stream()
                .anyMatch(a -> "APPLY".equals(a.action) && r.id.equals(a.resourceId)
                        && a.detail.contains("BOOKING from county-jail message a1")), "an APPLY record for the message");
    }

    private static InboundMessage hearing(String messageId, InboundKind kind, String hearingId, String booking) {
        InboundMessage m = RuntimeFixture.message(messageId, kind, booking);
        m.hearingId = hearingId;
        m.scheduledAt = java.time.Instant.parse("2026-04-01T14:00:00Z");
        return m;
    }

    @Test
    void aHearingNeverMovesToAnotherParticipant() {
        String a = f.enrolledWithBooking("Hearing A", "B-HA");
        f.enrolledWithBooking("Hearing B", "B-HB");
        f.inbox.receive(RuntimeFixture.JAIL, hearing("ha1", InboundKind.HEARING_SCHEDULED, "H-X", "B-HA"));
        InboxReceipt moved = f.inbox.receive(RuntimeFixture.JAIL, hearing("ha2", InboundKind.HEARING_CHANGED, "H-X", "B-HB"));
        assertEquals(InboxState.REVIEW, moved.state);
        assertTrue(f.inbox.get(TestActors.ADMIN, moved.id).reason.contains("another participant"));
        assertEquals(a, f.calendar().hearings(TestActors.CM, a, PageRequest.of(0, 5)).items.get(0).participantId);
    }

    @Test
    void aReleaseOfSomeoneElsesBookingGoesToReview() {
        String a = f.enrolledWithBooking("Release A", "B-RA");
        f.enrolledWithBooking("Release B", "B-RB");
        f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("rb1", "B-RB"));
        InboundMessage release = RuntimeFixture.release("ra1", "B-RB", LocalDate.of(2026, 3, 14));
        release.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-RA"));
        assertEquals(InboxState.REVIEW, f.inbox.receive(RuntimeFixture.JAIL, release).state);
        assertEquals(0, events(AdapterEvents.RELEASED).size());
        assertEquals(List.of(), eventKinds(a));
    }

    @Test
    void aLateOrOlderMessageDoesNotUndoACancelledHearing() {
        String p = f.enrolledWithBooking("Late", "B-L");
        InboundMessage cancelled = hearing("l1", InboundKind.HEARING_CANCELLED, "H-L", "B-L");
        cancelled.occurredAt = java.time.Instant.parse("2026-03-15T12:00:00Z");
        assertEquals(InboxState.HELD, f.inbox.receive(RuntimeFixture.JAIL, cancelled).state);
        InboundMessage scheduled = hearing("l2", InboundKind.HEARING_SCHEDULED, "H-L", "B-L");
        scheduled.occurredAt = java.time.Instant.parse("2026-03-10T12:00:00Z");
        f.inbox.receive(RuntimeFixture.JAIL, scheduled);
        assertEquals("CANCELLED", f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 5)).items.get(0).status);
        InboundMessage again = hearing("l3", InboundKind.HEARING_SCHEDULED, "H-L", "B-L");
        f.inbox.receive(RuntimeFixture.JAIL, again);
        assertEquals("CANCELLED", f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 5)).items.get(0).status,
                "a HEARING_SCHEDULED does not restore a cancelled hearing");
        InboundMessage changed = hearing("l4", InboundKind.HEARING_CHANGED, "H-L", "B-L");
        f.inbox.receive(RuntimeFixture.JAIL, changed);
        assertEquals("SCHEDULED", f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 5)).items.get(0).status);
        assertEquals(1, f.calendar().upcoming(TestActors.CM, f.team.id, PageRequest.of(0, 5)).totalItems);
    }

    @Test
    void valuesTheDatabaseOrTheRegistryCannotTakeAreRefusedAtReceipt() {
        InboundMessage wrongSystem = RuntimeFixture.booking("v1", "B-V");
        wrongSystem.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("Jail Booking", "B-V"));
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, wrongSystem));
        InboundMessage farFuture = RuntimeFixture.booking("v2", "B-V");
        farFuture.occurredAt = java.time.Instant.parse("+10000-01-01T00:00:00Z");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, farFuture));
        InboundMessage planned = RuntimeFixture.release("v3", "B-V", RegistryFixture.TODAY.plusDays(60));
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, planned));
        InboundMessage spaced = RuntimeFixture.booking(" v4 ", "B-V");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, spaced));
        InboundMessage hidden = RuntimeFixture.booking("v5\u202e", "B-V");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, hidden));
    }

    @Test
    void manyLongIdentifiersThatMatchNoOneStillReachReview() {
        InboundMessage m = RuntimeFixture.booking("long1", "B-LONG");
        List<org.missioncj.adapter.api.dto.PersonIdentifier> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(new org.missioncj.adapter.api.dto.PersonIdentifier("state-id", (i + "x").repeat(64).substring(0, 128)));
        }
        m.person = ids;
        InboxReceipt r = f.inbox.receive(RuntimeFixture.JAIL, m);
        assertEquals(InboxState.REVIEW, r.state);
        assertTrue(f.inbox.get(TestActors.ADMIN, r.id).reason.length() <= 500);
    }

    @Test
    void aMessageThatKeepsFailingGoesToReviewAfterThreeTries() {
        org.missioncj.registry.api.ParticipantService broken = (org.missioncj.registry.api.ParticipantService)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.missioncj.registry.api.ParticipantService.class}, (proxy, method, args) -> {
                            throw new IllegalStateException("the registry is broken");
                        });
        InboxServiceImpl failing = new InboxServiceImpl(f.adapter, f.settings, broken, f.registry.enrollments,
                f.registry.access, f.platform.events);
        InboxReceipt r = failing.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("fail1", "B-F"));
        assertEquals(InboxState.RECEIVED, r.state);
        f.clock.advance(Duration.ofMinutes(1));
        failing.sweep();
        assertEquals(InboxState.RECEIVED, f.inbox.get(TestActors.ADMIN, r.id).state);
        failing.sweep();
        InboxEntry review = f.inbox.get(TestActors.ADMIN, r.id);
        assertEquals(InboxState.REVIEW, review.state);
        assertTrue(review.reason.contains("the registry is broken"), review.reason);
        failing.sweep();
        assertEquals(InboxState.REVIEW, f.inbox.get(TestActors.ADMIN, r.id).state);
    }

    @Test
    void aBookingNumberBelongsToOneParticipantWhateverTheOrderOfLinks() {
        String a = f.enrolledWithBooking("Book A", "B-BA");
        String b = f.enrolledWithBooking("Book B", "B-BB");
        f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("bb1", "B-SAME"));
        InboundMessage again = RuntimeFixture.booking("bb2", "B-SAME");
        again.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-BB"));
        // B-SAME matched nobody: review; linking it to A, then a second booking with that number for B
        InboxReceipt first = f.inbox.receive(RuntimeFixture.JAIL, RuntimeFixture.booking("bb3", "B-UNKNOWN"));
        assertEquals(InboxState.REVIEW, first.state);
        InboundMessage release = RuntimeFixture.release("bb4", "B-UNKNOWN", LocalDate.of(2026, 3, 14));
        InboxReceipt held = f.inbox.receive(RuntimeFixture.JAIL, release);
        assertEquals(InboxState.HELD, held.state);
        ReviewDecision toB = new ReviewDecision();
        toB.participantId = b;
        toB.reason = "phone call";
        assertEquals(InboxState.PROCESSED, f.inbox.link(TestActors.ADMIN, held.id, toB).state);
        ReviewDecision toA = new ReviewDecision();
        toA.participantId = a;
        toA.reason = "another phone call";
        assertThrows(ConflictException.class, () -> f.inbox.link(TestActors.ADMIN, first.id, toA));
        InboundMessage second = RuntimeFixture.booking("bb5", "B-UNKNOWN");
        second.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-BA"));
        assertEquals(InboxState.REVIEW, f.inbox.receive(RuntimeFixture.JAIL, second).state);
        assertEquals(List.of(), eventKinds(a));
    }

    @Test
    void aClockAheadOrTextWithLineBreaksIsRefused() {
        InboundMessage ahead = RuntimeFixture.booking("c1", "B-C");
        ahead.occurredAt = TestPlatformNow.plusSeconds(20 * 60);
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, ahead));
        InboundMessage nbsp = RuntimeFixture.booking("c2\u00a0", "B-C");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, nbsp));
        InboundMessage separator = RuntimeFixture.booking("c\u20283", "B-C");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, separator));
        InboundMessage lines = RuntimeFixture.booking("c4", "B-C");
        lines.facility = "County Jail\nAPPROVED";
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, lines));
        InboundMessage fine = RuntimeFixture.booking("c5 with spaces inside", "B-C");
        fine.occurredAt = TestPlatformNow.plusSeconds(5 * 60);
        assertEquals(InboxState.REVIEW, f.inbox.receive(RuntimeFixture.JAIL, fine).state);
    }

    @Test
    void aBookingGivenToSomeoneAtTheSameMomentSendsTheOtherMessageToReview() {
        f.enrolledWithBooking("Race A", "B-RACE-A");
        String b = f.enrolledWithBooking("Race B", "B-RACE-B");
        // what a message processed a moment earlier in another transaction leaves behind: the key's owner
        f.adapter.work(tx -> {
            tx.mapper(AdapterMapper.class).insertKeyOwner("county-jail", "B-SHARED", "CUSTODY", b);
            return null;
        });
        InboundMessage m = RuntimeFixture.booking("race1", "B-SHARED");
        m.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking", "B-RACE-A"));
        InboxReceipt r = f.inbox.receive(RuntimeFixture.JAIL, m);
        assertEquals(InboxState.REVIEW, r.state);
        assertTrue(f.inbox.get(TestActors.ADMIN, r.id).reason.contains("belongs to another participant"));
    }

    @Test
    void idsAreVisibleAsciiAndAFutureDateCannotOutrankLaterMessages() {
        InboundMessage filler = RuntimeFixture.booking("f1", "B-F\u3164");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, filler));
        InboundMessage mark = RuntimeFixture.booking("f2\u0301", "B-F");
        assertThrows(ValidationException.class, () -> f.inbox.receive(RuntimeFixture.JAIL, mark));
        String p = f.enrolledWithBooking("Future", "B-FUT");
        InboundMessage scheduled = hearing("fut1", InboundKind.HEARING_SCHEDULED, "H-FUT", "B-FUT");
        scheduled.occurredAt = TestPlatformNow.plusSeconds(9 * 60);
        f.inbox.receive(RuntimeFixture.JAIL, scheduled);
        f.clock.advance(Duration.ofMinutes(1));
        f.inbox.receive(RuntimeFixture.JAIL, hearing("fut2", InboundKind.HEARING_CANCELLED, "H-FUT", "B-FUT"));
        assertEquals("CANCELLED", f.calendar().hearings(TestActors.CM, p, PageRequest.of(0, 5)).items.get(0).status);
    }

    @Test
    void concurrentBookingsOfOneNumberForTwoPeopleGiveItToOne() throws Exception {
        String a = f.enrolledWithBooking("Both A", "B-BOTH-A");
        String b = f.enrolledWithBooking("Both B", "B-BOTH-B");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            runs.add(pool.submit(() -> {
                go.await();
                InboundMessage m = RuntimeFixture.booking("both" + n, "B-BOTH");
                m.person = List.of(new org.missioncj.adapter.api.dto.PersonIdentifier("jail-booking",
                        n % 2 == 0 ? "B-BOTH-A" : "B-BOTH-B"));
                return f.inbox.receive(RuntimeFixture.JAIL, m);
            }));
        }
        go.countDown();
        for (java.util.concurrent.Future<?> r : runs) {
            r.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        // what a race left RECEIVED is looked at again by the worker
        f.clock.advance(Duration.ofMinutes(1));
        f.inbox.sweep();
        boolean toA = !eventKinds(a).isEmpty();
        boolean toB = !eventKinds(b).isEmpty();
        assertTrue(toA != toB, "booking B-BOTH went to exactly one of them: A " + toA + ", B " + toB);
        assertEquals(0, f.inbox.list(TestActors.ADMIN, new org.missioncj.adapter.api.dto.InboxSearch(InboxState.RECEIVED,
                null, null), PageRequest.of(0, 5)).totalItems);
    }

    private static final java.time.Instant TestPlatformNow = org.missioncj.testkit.TestPlatform.NOW;
}
