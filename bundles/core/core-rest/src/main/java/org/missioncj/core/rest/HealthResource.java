package org.missioncj.core.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.missioncj.core.api.MissionModule;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.rest.ApiReadiness;
import org.missioncj.core.api.rest.Public;

/**
 * Health for load balancers and operators: no participant data. Anyone gets the status; a signed-in
 * program admin also the database and the installed modules (which tell an attacker what to try).
 */
@Path("health")
public class HealthResource {
    public static class DatabaseHealth {
        public String kind;
        public String product;
        public boolean reachable;
    }

    public static class ModuleInfo {
        public String name;
        public String version;
        /** REST resources the module declares, and how many of them the API publishes now (absent: no REST bundle). */
        public Integer resources;
        public Integer published;
    }

    public static class Health {
        public String status;
        public DatabaseHealth database;
        public List<ModuleInfo> modules;
        /** READY once every installed module's REST resources are published, PUBLISHING until then. */
        public String api;
    }

    private final Database database;
    private final Supplier<List<MissionModule>> modules;

    private final ApiReadiness readiness;

    HealthResource(Database database, Supplier<List<MissionModule>> modules, ApiReadiness readiness) {
        this.database = database;
        this.modules = modules;
        this.readiness = readiness;
    }

    @GET
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public Response health(@Context SecurityContext sc) {
        Health h = new Health();
        boolean reachable = database.isReachable();
        h.status = reachable ? "UP" : "DOWN";
        if (sc == null || !sc.isUserInRole(Role.PROGRAM_ADMIN.name())) {
            return Response.status(reachable ? 200 : 503).entity(h).build();
        }
        h.database = new DatabaseHealth();
        h.database.kind = database.databaseId();
        h.database.product = database.productDescription();
        h.database.reachable = reachable;
        h.modules = new ArrayList<>();
        java.util.Map<String, Integer> declared = readiness.declared();
        java.util.Map<String, Integer> published = readiness.published();
        for (MissionModule m : modules.get()) {
            ModuleInfo i = new ModuleInfo();
            i.name = m.name();
            i.version = m.version();
            i.resources = declared.get(m.name());
            i.published = published.get(m.name());
            h.modules.add(i);
        }
        h.api = readiness.ready() ? "READY" : "PUBLISHING";
        h.modules.sort(Comparator.comparing(i -> i.name));
        return Response.status(reachable ? 200 : 503).entity(h).build();
    }
}
