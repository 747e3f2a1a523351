package org.missioncj.trauma.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.instrument.api.dto.Result;

/** One screen offered to a participant. Read-only fields are ignored on input. */
public class Screen {
    public String id;
    /** Read-only. */
    public long version;
    public String participantId;
    /** Read-only: the ENROLLED or ACTIVE enrollment at the time, when there was one. */
    public String enrollmentId;
    public String instrumentId;
    /** The instrument's version; the latest when left out. */
    public Integer instrumentVersion;
    /** Read-only: the instrument's title in that version. */
    public String instrumentTitle;
    public ScreenStatus status;
    /** The day it was offered, in the site's time zone; today when left out. */
    public LocalDate screenDate;
    /** Optional, for a DECLINED screen. */
    public String declineReason;
    /** Item linkId to the answer's option value; only for a COMPLETED screen. */
    public Map<String, Integer> answers = new LinkedHashMap<>();
    /** Read-only: the result as scored when recorded; never rescored. Absent for a declined screen. */
    public Result result;
    /** Read-only: the ids of the safety alerts it raised. */
    public List<String> alertIds = new ArrayList<>();
    /** Read-only: for a positive TRAUMA screen, the day a rescreen is due. */
    public LocalDate rescreenDue;
    public Instant createdAt;
    public String createdBy;
}
