/** Messages from and to host systems (jail, court), and what the runtime keeps of them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.adapter.api.dto;
