/** The data of staff accounts: what the account service takes and returns (never a password). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.missioncj.core.api.security.dto;
