/**
 * Extension points that other modules implement. A court progress report is assembled from
 * {@link org.missioncj.core.spi.ReportSection} services, so a module adds its section by
 * registering one, without the report changing.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.missioncj.core.spi;
