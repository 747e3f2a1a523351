/**
 * 42 CFR Part 2 consent: consent directives, court orders, the one disclosure gate every outbound
 * path calls, the record of disclosures and the court progress report.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("3.1.0")
package org.missioncj.consent.api;
