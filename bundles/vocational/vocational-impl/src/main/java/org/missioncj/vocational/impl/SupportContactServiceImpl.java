package org.missioncj.vocational.impl;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.FieldError;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.core.api.UnprocessableException;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.core.api.support.SupportContacts;
import org.missioncj.registry.api.CaseloadAccess;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;
import org.missioncj.vocational.api.SupportContactService;
import org.missioncj.vocational.api.VocationalAccess;
import org.missioncj.vocational.api.VocationalEvents;
import org.missioncj.vocational.api.dto.SupportContact;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SupportContactService.class)
public class SupportContactServiceImpl implements SupportContactService {
    static final String RESOURCE = "vocational-support-contact";
    static final List<String> MODES = Arrays.asList(SupportContacts.MODES);
    /** A clock a few minutes fast on a phone is not a contact in the future. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private final ModuleSupport module;
    private final CaseloadAccess access;
    private final StaffService staff;
    private final VocationalSettings settings;
    private final Actor system;

    @Activate
    public SupportContactServiceImpl(@Reference(target = VocationalSettings.MODULE) ModuleSupport module,
            @Reference CaseloadAccess access, @Reference StaffService staff, @Reference VocationalSettings settings) {
        this.module = module;
        this.access = access;
        this.staff = staff;
        this.settings = settings;
        this.system = Actor.system(module.name());
    }

    @Override
    public SupportContact log(Actor actor, String participantId, SupportContact input) {
        AuditEntry entry = module.entry(actor, "CREATE", RESOURCE).participant(participantId);
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LOG_SUPPORT, participantId, entry);
            validate(input);
            Optional<Staff> me = staff.findByUsername(system, actor.username());
            if (me.isEmpty()) {
                throw new ForbiddenException("You may not " + VocationalAccess.LOG_SUPPORT.action() + ": your sign-in "
                        + actor.username() + " has no staff record, and a support contact names who gave it.");
            }
            VocationalMapper.ContactRow row = new VocationalMapper.ContactRow();
            row.id = UUID.randomUUID().toString();
            row.participantId = participantId;
            row.staffId = me.get().id;
            row.occurredAt = VocationalRows.instant(input).truncatedTo(ChronoUnit.MILLIS);
            row.utcOffsetSeconds = input.occurredAt.getOffset().getTotalSeconds();
            row.mode = input.mode;
            row.topics = VocationalRows.topics(input.topics);
            row.minutes = input.minutes;
            row.notes = VocationalRows.trimmed(input.notes);
            row.recordedAt = module.now();
            row.recordedBy = actor.username();
            tx.mapper(VocationalMapper.class).insertContact(row);
            entry.resource(row.id).detail(row.mode + " " + row.topics);
            SupportContact stored = VocationalRows.toDto(row);
            Map<String, Object> event = new HashMap<>();
            event.put(SupportContacts.PROP_SOURCE, VocationalEvents.SOURCE);
            event.put(SupportContacts.PROP_CONTACT_ID, row.id);
            event.put(SupportContacts.PROP_PARTICIPANT_ID, participantId);
            event.put(SupportContacts.PROP_STAFF_ID, row.staffId);
            event.put(SupportContacts.PROP_OCCURRED_AT, stored.occurredAt.toString());
            event.put(SupportContacts.PROP_MODE, row.mode);
            event.put(SupportContacts.PROP_KIND, VocationalEvents.ON_THE_JOB_SUPPORT);
            if (row.minutes != null) {
                event.put(SupportContacts.PROP_MINUTES, row.minutes.toString());
            }
            tx.post(SupportContacts.LOGGED, event);
            return stored;
        });
    }

    @Override
    public Page<SupportContact> list(Actor actor, String participantId, PageRequest page) {
        AuditEntry entry = module.entry(actor, "READ", RESOURCE).participant(participantId)
                .detail("support contact list");
        return module.audited(entry, tx -> {
            access.require(actor, VocationalAccess.LIST_SUPPORT, participantId, entry);
            VocationalMapper m = tx.mapper(VocationalMapper.class);
            return Page.read(page, () -> m.countContacts(participantId), () -> {
                List<SupportContact> out = new ArrayList<>();
                m.contacts(participantId, page.offset(), page.size()).forEach(r -> out.add(VocationalRows.toDto(r)));
                return out;
            });
        });
    }

    private void validate(SupportContact c) {
        Validator v = new Validator();
        if (c == null) {
            v.required("$", null).throwIfInvalid();
        }
        int max = settings.maxSupportMinutes();
        v.required("occurredAt", c.occurredAt)
                .required("mode", c.mode)
                .oneOf("mode", c.mode, MODES)
                .check(c.topics != null && !c.topics.isEmpty(), "topics", "name one or more")
                .check(c.topics == null || c.topics.stream().noneMatch(Objects::isNull), "topics",
                        "each must be one of the topics")
                .check(c.minutes == null || (c.minutes >= 1 && c.minutes <= max), "minutes",
                        "must be between 1 and " + max)
                .maxLength("notes", c.notes, 2000)
                .throwIfInvalid();
        if (c.occurredAt.toInstant().isAfter(module.now().plus(SKEW))) {
            throw new UnprocessableException("occurredAt: " + c.occurredAt + " is in the future; log a contact once it "
                    + "happened.", List.of(new FieldError("occurredAt", "must not be in the future")));
        }
        if (c.occurredAt.toLocalDate().isBefore(VocationalRows.EARLIEST)) {
            throw new UnprocessableException("occurredAt: " + c.occurredAt + " is before " + VocationalRows.EARLIEST
                    + "; check the year.", List.of(new FieldError("occurredAt", "must not be before "
                            + VocationalRows.EARLIEST)));
        }
    }
}
