/** Data of the consent module: public-field classes, read-only fields ignored on input. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.0.0")
package org.missioncj.consent.api.dto;
