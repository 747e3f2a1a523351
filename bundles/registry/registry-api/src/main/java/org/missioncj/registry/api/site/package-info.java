/** Access to a site's own records (not participant data), for every module. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.missioncj.registry.api.site;
