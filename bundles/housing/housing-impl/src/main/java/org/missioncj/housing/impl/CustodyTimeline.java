package org.missioncj.housing.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.housing.api.HousingEvents;
import org.missioncj.housing.api.dto.HousingStatus;
import org.missioncj.housing.api.dto.StatusPeriod;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Custody events from a host-system adapter update the timeline: a booking starts INCARCERATED on the booking day
 * (ending the open status, a move); a release ends the open INCARCERATED period on the release day, and what follows
 * stays unknown until staff record it. Each change is audited as the module's system actor. What does not fit (a status
 * that began the same day, a release with no custody open) is logged for staff, never forced.
 */
@Component(immediate = true, service = EventHandler.class, property = {
    EventConstants.EVENT_TOPIC + "=" + HousingEvents.CUSTODY_BOOKED,
    EventConstants.EVENT_TOPIC + "=" + HousingEvents.CUSTODY_RELEASED})
public class CustodyTimeline implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CustodyTimeline.class);

    private final ModuleSupport module;
    private final HousingSettings settings;
    private final TimelineWriter writer;
    private final Actor system = Actor.system("housing-custody");

    @Activate
    public CustodyTimeline(@Reference(target = HousingSettings.MODULE) ModuleSupport module,
            @Reference HousingSettings settings) {
        this.module = module;
        this.settings = settings;
        this.writer = new TimelineWriter(module);
    }

    @Override
    public void handleEvent(Event event) {
        if (!settings.custodyUpdatesTimeline()) {
            return;
        }
        String participantId = (String) event.getProperty(HousingEvents.PROP_PARTICIPANT_ID);
        try {
            if (HousingEvents.CUSTODY_BOOKED.equals(event.getTopic())) {
                booked(participantId, Instant.parse(String.valueOf(event.getProperty(HousingEvents.PROP_BOOKED_AT)))
                        .atZone(module.zone()).toLocalDate());
            } else {
                released(participantId, LocalDate.parse(String.valueOf(event.getProperty(HousingEvents.PROP_RELEASE_DATE))));
            }
        } catch (DateTimeParseException e) {
            LOG.error("Housing ignores custody event {} of participant {}: its date cannot be read", event.getTopic(),
                    participantId);
        } catch (MissionException e) {
            LOG.warn("Housing could not put custody event {} of participant {} on the timeline: {} Staff should record "
                    + "it.", event.getTopic(), participantId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Housing could not follow custody event {} of participant {}", event.getTopic(), participantId, e);
        }
    }

    /** INCARCERATED from the booking day, unless it already holds. */
    void booked(String participantId, LocalDate day) {
        if (participantId == null) {
            return;
        }
        if (day.isAfter(module.today()) || day.isBefore(TimelineServiceImpl.EARLIEST)) {
            LOG.warn("Housing: booking of participant {} on {} is not put on the timeline: a day after today or before {} "
                    + "is not a stay to count; staff should check it", participantId, day, TimelineServiceImpl.EARLIEST);
            return;
        }
        AuditEntry entry = module.entry(system, "CREATE", TimelineServiceImpl.RESOURCE).participant(participantId)
                .detail("booking");
        module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            TimelineWriter.lock(m, participantId);
            StatusPeriod now = m.statusOn(participantId, day.toEpochDay());
            if (now != null && now.status == HousingStatus.INCARCERATED) {
                return null;
            }
            StatusPeriod p = writer.record(tx, system, participantId, HousingStatus.INCARCERATED, day, null, null,
                    TimelineWriter.ADAPTER, null);
            entry.resource(p.id);
            return null;
        });
    }

    /** Ends the open INCARCERATED period on the release day. */
    void released(String participantId, LocalDate day) {
        if (participantId == null) {
            return;
        }
        if (day.isAfter(module.today())) {
            // a planned release may not happen: the timeline holds what happened, and staff record the release then
            LOG.warn("Housing: release of participant {} on {}, a day after today, is not put on the timeline; staff "
                    + "record it once it happened", participantId, day);
            return;
        }
        AuditEntry entry = module.entry(system, "UPDATE", TimelineServiceImpl.RESOURCE).participant(participantId)
                .detail("release");
        module.audited(entry, tx -> {
            HousingMapper m = tx.mapper(HousingMapper.class);
            TimelineWriter.lock(m, participantId);
            StatusPeriod open = null;
            for (StatusPeriod p : m.timeline(participantId)) {
                if (p.endDate == null) {
                    open = p;
                }
            }
            if (open == null || open.status != HousingStatus.INCARCERATED) {
                LOG.info("Housing: release of participant {} on {} with no custody open on the timeline", participantId,
                        day);
                return null;
            }
            if (!day.isAfter(open.startDate)) {
                LOG.warn("Housing: release of participant {} on {} is not after the booking of {}; staff should correct "
                        + "the timeline", participantId, day, open.startDate);
                return null;
            }
            entry.resource(open.id);
            writer.correct(tx, system, open, open.version, open.status, open.startDate, day, open.unitId, null);
            return null;
        });
    }
}
