/** The host-system runtime: inbox, review queue, outbox and court calendar, as staff and adapters call them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.adapter.api;
