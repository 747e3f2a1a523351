package org.missioncj.adapter.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.adapter.api.dto.InboundKind;
import org.missioncj.adapter.api.dto.InboundMessage;
import org.missioncj.adapter.api.dto.OutboundMessage;
import org.missioncj.adapter.api.dto.PersonIdentifier;
import org.missioncj.adapter.spi.DeliveryException;
import org.missioncj.adapter.spi.OutboundChannel;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.SignatureMethod;
import org.missioncj.consent.api.dto.SignerAuthority;
import org.missioncj.consent.impl.ConsentServiceImpl;
import org.missioncj.consent.impl.ConsentSettings;
import org.missioncj.consent.impl.CourtReportServiceImpl;
import org.missioncj.consent.impl.DisclosureGateImpl;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.registry.api.dto.Identifier;
import org.missioncj.registry.api.dto.Participant;
import org.missioncj.registry.api.dto.Team;
import org.missioncj.registry.impl.RegistryFixture;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * The runtime on the test kit's platform with the registry and the real disclosure gate; a clock the
 * test moves; a channel for {@code county-court} that records what it gets and can be told to fail.
 */
final class RuntimeFixture {
    static final String COURT = "county-court";
    static final String COURT_NAME = "County Drug Court";
    static final Actor JAIL = TestActors.of("jail.feed", Role.INTEGRATION);

    final MovingClock clock = new MovingClock(TestPlatform.NOW, TestPlatform.ZONE);
    final TestPlatform platform = new TestPlatform(clock);
    final RegistryFixture registry = new RegistryFixture(platform, 25);
    final ModuleSupport adapter = platform.module(AdapterSettings.class);
    final AdapterSettings settings = new AdapterSettings(COURT + "|COURT|" + COURT_NAME, COURT, 3, 10, 60, 600, 60, 2, 300);
    final ConsentSettings consentSettings = new ConsentSettings("MISSION-CJ", null);
    final ModuleSupport consentModule = platform.module(ConsentSettings.class);
    final DisclosureGateImpl gate = new DisclosureGateImpl(consentModule, consentSettings, registry.access);
    final CourtReportServiceImpl reports = new CourtReportServiceImpl(consentModule, consentSettings, registry.access, gate);
    final ConsentServiceImpl consents = new ConsentServiceImpl(consentModule, consentSettings, registry.access);
    final InboxServiceImpl inbox = new InboxServiceImpl(adapter, settings, registry.participants, registry.enrollments,
            registry.access, platform.events);
    final OutboxServiceImpl outbox = outbox();
    final RecordingChannel court = new RecordingChannel();
    final Team team = registry.team("Adapters", null);

    RuntimeFixture() {
        outbox.addChannel(court, Map.of(OutboundChannel.SYSTEM, COURT));
    }

    CourtCalendarImpl calendar() {
        return new CourtCalendarImpl(adapter, registry.access, registry.enrollments);
    }

    /** Another node on the same database. */
    OutboxServiceImpl outbox() {
        return new OutboxServiceImpl(adapter, settings, registry.access, gate, reports, registry.participants,
                registry.enrollments);
    }

    /** An enrolled participant holding a jail booking number; their id. */
    String enrolledWithBooking(String family, String booking) {
        String id = registry.enrolled(family, team, RegistryFixture.TODAY.minusDays(5));
        Participant p = registry.participants.get(RegistryFixture.ADMIN, id);
        p.identifiers = new ArrayList<>(List.of(new Identifier("jail-booking", booking)));
        registry.participants.update(RegistryFixture.ADMIN, id, p.version, p);
        return id;
    }

    /** A consent that names the court system's recipient. */
    void consentToCourt(String participantId) {
        consentToCourt(participantId, List.of("ENROLLMENT", "CASE_MANAGEMENT"));
    }

    void consentToCourt(String participantId, List<String> categories) {
        ConsentDirective c = new ConsentDirective();
        c.participantId = participantId;
        c.kind = ConsentKind.CRIMINAL_JUSTICE;
        c.disclosingProgram = "MISSION-CJ";
        c.categories = categories;
        c.recipientClass = RecipientClass.COURT;
        c.recipientName = COURT_NAME;
        c.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
        c.expiresOn = LocalDate.now(clock).plusMonths(6);
        c.signedOn = LocalDate.now(clock).minusDays(1);
        c.signedBy = "Pat Test";
        c.signatureMethod = SignatureMethod.WRITTEN;
        c.signerAuthority = SignerAuthority.PARTICIPANT;
        c.informationDescription = "Enrollment status";
        c.revocationRightExplained = true;
        c.redisclosureStatementIncluded = true;
        c.conditioningStatementIncluded = true;
        consents.create(RegistryFixture.ADMIN, c);
    }

    static InboundMessage booking(String messageId, String booking) {
        InboundMessage m = message(messageId, InboundKind.BOOKING, booking);
        m.bookingId = booking;
        m.facility = "County Jail";
        return m;
    }

    static InboundMessage release(String messageId, String booking, LocalDate day) {
        InboundMessage m = message(messageId, InboundKind.RELEASE, booking);
        m.bookingId = booking;
        m.releaseDate = day;
        m.releaseDestination = "community";
        return m;
    }

    static InboundMessage message(String messageId, InboundKind kind, String booking) {
        InboundMessage m = new InboundMessage();
        m.sourceSystem = "county-jail";
        m.messageId = messageId;
        m.kind = kind;
        m.person = List.of(new PersonIdentifier("jail-booking", booking));
        return m;
    }

    /** A host system that records what it accepted and can be told to refuse. */
    static final class RecordingChannel implements OutboundChannel {
        final List<OutboundMessage> received = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> tries = Collections.synchronizedMap(new HashMap<>());
        volatile boolean down;

        @Override
        public void deliver(OutboundMessage message) throws DeliveryException {
            tries.merge(message.id, 1, Integer::sum);
            if (down) {
                throw new DeliveryException("court system answered HTTP 503");
            }
            received.add(message);
        }
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovingClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
