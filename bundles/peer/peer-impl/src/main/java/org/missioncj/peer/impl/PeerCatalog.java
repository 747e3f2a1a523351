package org.missioncj.peer.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.core.api.module.ModuleSupport;
import org.missioncj.curriculum.api.CatalogService;
import org.missioncj.curriculum.api.dto.CatalogSession;
import org.missioncj.curriculum.api.dto.Curriculum;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The peer-led catalog, as the curriculum module keeps it: what a session or meeting may cover, and what progress counts. */
@Component(service = PeerCatalog.class)
public class PeerCatalog {
    private final CatalogService catalog;
    private final Actor system;

    @Activate
    public PeerCatalog(@Reference(target = PeerSettings.MODULE) ModuleSupport module, @Reference CatalogService catalog) {
        this.catalog = catalog;
        this.system = Actor.system(module.name());
    }

    /**
     * The session as it stands now, to record against: 404 when there is none or it is not a peer-led session;
     * 422 when it is retired or of an edition the program does not use.
     */
    CatalogSession deliverable(String id) {
        return catalog.deliverable(system, Curriculum.PEER, id);
    }

    /** The sessions progress counts: the edition in use, not retired, in manual order. */
    List<CatalogSession> current() {
        return catalog.current(system, Curriculum.PEER);
    }

    /** Titles of sessions as they were worded in one version, looked up once per request. */
    final class Titles {
        private final Map<String, String> cache = new HashMap<>();

        String of(String sessionId, Integer version) {
            if (sessionId == null || version == null) {
                return null;
            }
            return cache.computeIfAbsent(sessionId + "#" + version, k -> {
                try {
                    return catalog.get(system, sessionId, version).title;
                } catch (NotFoundException gone) {
                    return null;
                }
            });
        }
    }

    Titles titles() {
        return new Titles();
    }
}
