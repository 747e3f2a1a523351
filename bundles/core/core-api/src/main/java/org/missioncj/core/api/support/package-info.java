/**
 * Support contacts that other modules may count: a housing or vocational contact that a site counts as a CTI
 * contact, say. The module that logs a contact posts {@link org.missioncj.core.api.support.SupportContacts#LOGGED};
 * whoever counts it decides from its own configuration.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.core.api.support;
