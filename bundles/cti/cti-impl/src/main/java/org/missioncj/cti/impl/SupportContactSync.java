package org.missioncj.cti.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.support.SupportContacts;
import org.missioncj.cti.api.dto.ContactKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts another module's support contacts ({@link SupportContacts#LOGGED}: housing's landlord meetings, say) as CTI
 * contacts of the participant's open enrollment, where the site's {@code countSupportContacts} names the source for
 * that enrollment's site. The contact keeps where it came from, so an event delivered again is stored once; it has
 * no notes. An event it cannot count is logged and ignored, never thrown back to Event Admin.
 */
@Component(immediate = true, service = EventHandler.class,
        property = EventConstants.EVENT_TOPIC + "=" + SupportContacts.LOGGED)
public class SupportContactSync implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SupportContactSync.class);
    private static final List<String> MODES = Arrays.asList(SupportContacts.MODES);

    private final ModuleSupport module;
    private final CtiSettings settings;
    private final EnrollmentSync enrollments;
    private final Actor system;

    @Activate
    public SupportContactSync(@Reference(target = CtiSettings.MODULE) ModuleSupport module,
            @Reference CtiSettings settings, @Reference EnrollmentSync enrollments) {
        this.module = module;
        this.settings = settings;
        this.enrollments = enrollments;
        this.system = Actor.system(module.name());
    }

    @Override
    public void handleEvent(Event event) {
        try {
            count(event);
        } catch (RuntimeException e) {
            LOG.error("CTI could not count support contact {} from {}", event.getProperty(SupportContacts.PROP_CONTACT_ID),
                    event.getProperty(SupportContacts.PROP_SOURCE), e);
        }
    }

    /** @return the id of the CTI contact that counts the support contact (stored now or before), or null when none does */
    String count(Event event) {
        String source = text(event, SupportContacts.PROP_SOURCE);
        String contactId = text(event, SupportContacts.PROP_CONTACT_ID);
        if (source == null || !settings.countedSupportContacts().anywhere(source)) {
            return null; // the usual case: the site counts nothing from this module
        }
        String participantId = text(event, SupportContacts.PROP_PARTICIPANT_ID);
        String staffId = text(event, SupportContacts.PROP_STAFF_ID);
        String what = "support contact " + contactId + " from " + source;
        if (contactId == null || contactId.length() > 64 || participantId == null || participantId.length() > 36
                || staffId == null || staffId.length() > 36) {
            LOG.warn("CTI ignores {}: contactId (up to 64 characters), participantId and staffId (ids) are required; "
                    + "the event has {}", what, event.getProperty(SupportContacts.PROP_PARTICIPANT_ID));
            return null;
        }
        OffsetDateTime occurredAt = dateTime(text(event, SupportContacts.PROP_OCCURRED_AT));
        if (occurredAt == null) {
            LOG.warn("CTI ignores {}: occurredAt '{}' is not an ISO-8601 date-time with offset", what,
                    event.getProperty(SupportContacts.PROP_OCCURRED_AT));
            return null;
        }
        String mode = text(event, SupportContacts.PROP_MODE);
        if (!MODES.contains(mode)) {
            LOG.warn("CTI ignores {}: mode '{}' is not one of {}", what, mode, MODES);
            return null;
        }
        Integer minutes = minutes(event, what);
        String kind = text(event, SupportContacts.PROP_KIND);

        CtiMapper.EnrollmentRow enrollment = openEnrollment(participantId);
        if (enrollment == null) {
            LOG.info("CTI does not count {}: participant {} has no ENROLLED or ACTIVE enrollment in CTI", what, participantId);
            return null;
        }
        if (!settings.countedSupportContacts().counts(source, enrollment.site)) {
            LOG.debug("CTI does not count {}: not configured for site {}", what, enrollment.site);
            return null;
        }
        LocalDate day = occurredAt.atZoneSameInstant(module.zone()).toLocalDate();
        if (day.isAfter(module.today()) || day.isBefore(enrollment.startDate)) {
            LOG.warn("CTI does not count {}: its day {} is after today or before enrollment {} started on {}", what, day,
                    enrollment.enrollmentId, enrollment.startDate);
            return null;
        }
        String counted = module.work(tx -> tx.mapper(CtiMapper.class).contactFromSource(source, contactId));
        if (counted != null) {
            LOG.debug("CTI counted {} before, as contact {}", what, counted);
            return counted;
        }

        CtiMapper.ContactRow row = new CtiMapper.ContactRow();
        row.id = UUID.randomUUID().toString();
        row.participantId = participantId;
        row.enrollmentId = enrollment.enrollmentId;
        row.staffId = staffId;
        row.occurredAt = occurredAt.toInstant();
        row.localDate = day;
        row.utcOffsetSeconds = occurredAt.getOffset().getTotalSeconds();
        row.kind = ContactKind.valueOf(mode).name();
        row.place = place(source, kind);
        row.minutes = minutes;
        row.notes = null;
        row.createdAt = module.now();
        row.createdBy = system.username();
        row.source = source;
        row.sourceContactId = contactId;
        AuditEntry entry = module.entry(system, "CREATE", "contact").resource(row.id).participant(participantId)
                .detail(row.kind + "; counted from " + source + " contact " + contactId);
        try {
            module.audited(entry, tx -> {
                tx.mapper(CtiMapper.class).insertContact(row);
                return null;
            });
        } catch (ConflictException raced) {
            // the same event delivered twice at the same moment (two nodes): the other delivery stored it
            String other = module.work(tx -> tx.mapper(CtiMapper.class).contactFromSource(source, contactId));
            if (other == null) {
                throw raced;
            }
            LOG.debug("CTI counted {} at the same moment, as contact {}", what, other);
            return other;
        }
        return row.id;
    }

    /** The participant's open enrollment in CTI's copy, caught up from the registry if the copy has none yet. */
    private CtiMapper.EnrollmentRow openEnrollment(String participantId) {
        List<CtiMapper.EnrollmentRow> open = module.work(tx -> tx.mapper(CtiMapper.class).openEnrollments(participantId));
        if (open.isEmpty()) {
            try {
                if (!enrollments.catchUp(participantId)) {
                    return null;
                }
            } catch (RuntimeException unknown) {
                LOG.debug("CTI could not catch up with participant {}: {}", participantId, unknown.toString());
                return null;
            }
            open = module.work(tx -> tx.mapper(CtiMapper.class).openEnrollments(participantId));
        }
        return open.isEmpty() ? null : open.get(0);
    }

    /** Optional; a value that is no number of minutes in a day is left out, the contact still counts. */
    private static Integer minutes(Event event, String what) {
        Object value = event.getProperty(SupportContacts.PROP_MINUTES);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            int m = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
            if (m >= 0 && m <= 24 * 60) {
                return m;
            }
        } catch (NumberFormatException notANumber) {
            // logged below
        }
        LOG.warn("CTI counts {} without its minutes: '{}' is not between 0 and 1440", what, value);
        return null;
    }

    private static OffsetDateTime dateTime(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Says where the contact came from, in place of the notes it does not carry. */
    static String place(String source, String kind) {
        String place = "counted from " + source + (kind == null ? "" : " (" + kind + ")");
        return place.length() <= 200 ? place : place.substring(0, 199) + "…";
    }

    private static String text(Event event, String property) {
        Object value = event.getProperty(property);
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
