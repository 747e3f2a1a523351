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
    }

    public static class Health {
        public String status;
        public DatabaseHealth database;
        public List<ModuleInfo> modules;
    }

    private final Database database;
    private final Supplier<List<MissionModule>> modules;

    HealthResource(Database database, Supplier<List<MissionModule>> modules) {
        this.database = database;
        this.modules = modules;
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
        for (MissionModule m : modules.get()) {
            ModuleInfo i = new ModuleInfo();
            i.name = m.name();
            i.version = m.version();
            h.modules.add(i);
        }
        h.modules.sort(Comparator.comparing(i -> i.name));
        return Response.status(reachable ? 200 : 503).entity(h).build();
    }
}
