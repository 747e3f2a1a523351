/**
 * A module's own copy of the registry's enrollments (participant, team, site, dates, status), kept
 * current from registry events and caught up on what it missed, so that the module's lists and
 * aggregates are one query on its own tables.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.missioncj.registry.api.copy;
