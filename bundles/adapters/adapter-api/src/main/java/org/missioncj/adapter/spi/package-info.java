/**
 * What an integrator implements in an adapter bundle: an {@link org.missioncj.adapter.spi.OutboundChannel}
 * per host system it delivers to, registered with {@code mission.adapter.system=<name>}. Inbound, an
 * adapter translates its system's messages into {@link org.missioncj.adapter.api.dto.InboundMessage}s and
 * hands them to {@link org.missioncj.adapter.api.Inbox#receive}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.adapter.spi;
