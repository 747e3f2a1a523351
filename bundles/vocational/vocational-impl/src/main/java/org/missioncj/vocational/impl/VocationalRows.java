package org.missioncj.vocational.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.registry.api.copy.EnrollmentFact;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.ApplicationDocument;
import org.missioncj.vocational.api.dto.JobApplication;
import org.missioncj.vocational.api.dto.SupportContact;
import org.missioncj.vocational.api.dto.SupportTopic;

/** The module's rows to and from the API's DTOs, in one place, and the rules on days every service shares. */
final class VocationalRows {
    /** The earliest day anything is dated (as for an enrollment's start): an earlier one is a typo of the year. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private VocationalRows() {
    }

    static JobApplication toDto(VocationalMapper.ApplicationRow row, VocationalMapper m) {
        JobApplication a = new JobApplication();
        a.id = row.id;
        a.version = row.version;
        a.participantId = row.participantId;
        a.openingId = row.openingId;
        a.openingTitle = row.openingTitle;
        a.employerId = row.employerId;
        a.appliedOn = row.appliedOn;
        a.status = row.status;
        a.documents.put(ApplicationDocument.RESUME, row.resumeReady);
        a.documents.put(ApplicationDocument.REFERENCES, row.referencesReady);
        a.documents.put(ApplicationDocument.ID, row.idReady);
        a.documents.put(ApplicationDocument.APPLICATION_FORM, row.applicationFormReady);
        a.interviews = m.interviews(row.id);
        a.offers = m.offers(row.id);
        a.createdAt = row.createdAt;
        a.createdBy = row.createdBy;
        a.updatedAt = row.updatedAt;
        a.updatedBy = row.updatedBy;
        return a;
    }

    /** The checklist onto the row: a document left out is not ready. */
    static void documents(Map<ApplicationDocument, Boolean> documents, VocationalMapper.ApplicationRow row) {
        row.resumeReady = ready(documents, ApplicationDocument.RESUME);
        row.referencesReady = ready(documents, ApplicationDocument.REFERENCES);
        row.idReady = ready(documents, ApplicationDocument.ID);
        row.applicationFormReady = ready(documents, ApplicationDocument.APPLICATION_FORM);
    }

    private static boolean ready(Map<ApplicationDocument, Boolean> documents, ApplicationDocument d) {
        return documents != null && Boolean.TRUE.equals(documents.get(d));
    }

    static SupportContact toDto(VocationalMapper.ContactRow row) {
        SupportContact c = new SupportContact();
        c.id = row.id;
        c.participantId = row.participantId;
        c.staffId = row.staffId;
        c.occurredAt = row.occurredAt.atOffset(ZoneOffset.ofTotalSeconds(row.utcOffsetSeconds));
        c.mode = row.mode;
        c.topics = new ArrayList<>();
        for (String t : row.topics.split(",")) {
            // a topic this version does not know (a row written by a later version, or by hand) is left out, not a 500
            try {
                c.topics.add(SupportTopic.valueOf(t));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
        }
        c.minutes = row.minutes;
        c.notes = row.notes;
        c.recordedAt = row.recordedAt;
        c.recordedBy = row.recordedBy;
        return c;
    }

    static String topics(List<SupportTopic> topics) {
        return topics.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    static Instant instant(SupportContact c) {
        return c.occurredAt.toInstant();
    }

    /** 422 naming the field for a day after today (site time zone) or before {@link #EARLIEST}; null passes. */
    static void pastDay(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            return;
        }
        if (day.isAfter(today)) {
            throw new UnprocessableException(field + ": " + day + " is in the future (today is " + today
                    + " in the site's time zone); record it once it happened.",
                    List.of(new FieldError(field, "must not be in the future")));
        }
        if (day.isBefore(EARLIEST)) {
            throw new UnprocessableException(field + ": " + day + " is before " + EARLIEST + "; check the year.",
                    List.of(new FieldError(field, "must not be before " + EARLIEST)));
        }
    }

    /** 422 naming {@code field} unless {@code later} is on or after {@code earlier} (both given). */
    static void notBefore(String field, LocalDate later, String earlierField, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new UnprocessableException(field + ": " + later + " is before " + earlierField + " " + earlier + ".",
                    List.of(new FieldError(field, "must not be before " + earlierField)));
        }
    }

    static String trimmed(String text) {
        return Validator.isBlank(text) ? null : text.trim();
    }

    /** The team and site of the participant's placing enrollment ({@link VocationalEnrollments#placing}), for an event. */
    static void placed(Map<String, Object> event, EnrollmentFact e) {
        if (e != null) {
            event.put(VocationalEvents.PROP_TEAM_ID, e.teamId);
            event.put(VocationalEvents.PROP_SITE, e.site);
        }
    }
}
