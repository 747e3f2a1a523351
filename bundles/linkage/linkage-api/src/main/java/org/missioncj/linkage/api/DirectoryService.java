package org.missioncj.linkage.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.missioncj.core.api.Actor;
import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.HsdsPage;
import org.missioncj.linkage.api.dto.ServiceSearch;
import org.missioncj.linkage.api.dto.ServiceSummary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The program's directory of community services (Open Referral HSDS 3): organizations, services, locations and
 * where each service is offered. Loaded whole from an HSDS file, all or nothing; searched by kind, name words and
 * area. Not participant data; imports and exports are audited.
 */
@ProviderType
public interface DirectoryService {
    /**
     * Loads the directory from an HSDS file. A file with one broken reference, duplicate id or bad field is refused
     * whole (422 listing each record and its reason) and nothing changes. The same file again changes nothing; a
     * newer one adds and updates what changed and retires what it no longer has (kept for the referrals that name it).
     */
    DirectoryImport importDirectory(Actor actor, DirectoryFormat format, InputStream file);

    /** Writes the directory's records that are offered (not retired) as an HSDS file. */
    void exportDirectory(Actor actor, DirectoryFormat format, OutputStream out);

    /** Services by kind, name words and area, by name; pages numbered from 1. */
    HsdsPage<ServiceSummary> searchServices(Actor actor, ServiceSearch search, int pageNumber, int perPage);

    /** A service as HSDS 3 nests it: its organization, locations with addresses, phones, areas and kinds. */
    Map<String, Object> service(Actor actor, String serviceId);

    HsdsPage<Map<String, Object>> organizations(Actor actor, String text, int pageNumber, int perPage);

    /** An organization with its services (summaries) and locations. */
    Map<String, Object> organization(Actor actor, String organizationId);
}
