package org.missioncj.consent.api;

import java.util.List;

import org.missioncj.core.api.Actor;
import org.missioncj.consent.api.dto.CourtReport;
import org.missioncj.consent.api.dto.CourtReportRequest;
import org.missioncj.consent.api.dto.ReportSectionInfo;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Court progress reports, assembled from the {@link org.missioncj.core.spi.ReportSection}s that the
 * installed modules register, and produced only through the {@link DisclosureGate}.
 */
@ProviderType
public interface CourtReportService {
    /** The longest period one report covers, in days (both ends included). */
    int MAX_PERIOD_DAYS = 400;

    /** The sections installed now, in report order: for those who may request reports. */
    List<ReportSectionInfo> sections(Actor actor);

    /** Produces and records the report; denied (403 with the reason) when no consent or order covers it. */
    CourtReport report(Actor actor, CourtReportRequest request);
}
