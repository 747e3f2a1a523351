/**
 * Status timelines (housing, employment): spans of days that meet without overlapping, and the days of a
 * period each status covers, in Java and in SQL.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.missioncj.core.api.timeline;
