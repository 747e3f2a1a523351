package org.missioncj.core.spi;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One section of a participant's progress report (to a court, a probation officer), contributed
 * by the module that owns the data. Register it as an OSGi service; the report includes it only
 * when the consent or court order that allows the disclosure covers {@link #category()}.
 *
 * <p>The report calls {@link #render} only after the disclosure gate has allowed the disclosure
 * and records the disclosure itself, so a section reads its own module's data directly and does
 * not audit the read again.
 */
@ConsumerType
public interface ReportSection {
    /** Stable id, {@code <module>.<section>}, e.g. {@code registry.enrollment}. */
    String id();

    /** The heading a reader sees, e.g. "Enrollment and milestones". */
    String title();

    /**
     * The information category this section discloses, e.g. {@link InformationCategory#ENROLLMENT}.
     * Consents name categories; a section outside them is left out.
     */
    InformationCategory category();

    /** Where the section goes in the report: lower comes first. */
    int order();

    /**
     * The section's content for a participant and period (both dates inclusive, in the site's
     * time zone). Never null; a section with nothing to say returns content with a summary
     * saying so.
     */
    ReportContent render(String participantId, LocalDate from, LocalDate to);
}
