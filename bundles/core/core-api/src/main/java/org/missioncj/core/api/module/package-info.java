/**
 * The module kit: what every mission module shares, written once. A module's implementation bundle
 * names itself in its manifest, and core does the rest:
 *
 * <pre>Mission-Module: cti; migrations=db/cti; mappers="org.missioncj.cti.impl.CtiMapper"</pre>
 *
 * Core applies the module's schema migrations (from its own bundle), builds its MyBatis mappers, and
 * registers a {@link org.missioncj.core.api.module.ModuleSupport} service with the property
 * {@code mission.module=<name>} once the schema is in place, and a
 * {@link org.missioncj.core.api.MissionModule} for health. A module's components depend on it by
 * target ({@code @Reference(target = "(mission.module=cti)") ModuleSupport module}), and through it run their
 * work: in a transaction, audited, with events posted after commit. See docs/writing-a-module.md.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.missioncj.core.api.module;
