/**
 * The base of the platform's console commands ({@link org.missioncj.core.api.shell.MissionCommand}). Only
 * bundles with console commands use it, and only where the Karaf shell is installed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.core.api.shell;
