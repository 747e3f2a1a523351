package org.missioncj.itests.matrix;

import java.util.List;
import java.util.Map;

/**
 * A module's part of the access matrix ({@code AccessMatrixIT}): the objects of the kinds its
 * operations name in {@code x-mission-access} ("object"), made for one team through the API. Each module
 * adds one class and lists it in {@code META-INF/services/org.missioncj.itests.matrix.MatrixFixtures};
 * the matrix finds them and makes them in the order their {@link #needs} give.
 */
public interface MatrixFixtures {
    /** The kinds this module makes (e.g. "contact"). */
    List<String> kinds();

    /** The kinds made first, by other modules (e.g. "participant", "enrollment"). */
    List<String> needs();

    /**
     * Makes this module's objects for one team: {@code ids} holds the kinds made so far (always
     * "site", "staff" (the team's case manager's staff id) and the other modules' kinds this one needs);
     * put the ids of the new objects into it.
     */
    void make(Api api, String label, Map<String, String> ids) throws Exception;

    /** The API as a program admin calls it. */
    interface Api {
        /** POSTs as a program admin; the created object's JSON, or an AssertionError naming the reply. */
        com.fasterxml.jackson.databind.JsonNode create(String path, Object body) throws Exception;

        /**
         * POSTs as a program admin to an operation that answers 200 rather than 201 (a directory import); the reply's
         * JSON, or an AssertionError naming the reply.
         */
        com.fasterxml.jackson.databind.JsonNode send(String path, Object body) throws Exception;

        /** GETs as a program admin: the status. */
        int read(String path) throws Exception;

        /**
         * POSTs as a staff member of {@code role} at {@code site} (a sign-in and staff record made once per
         * role and site, for modules whose writes refuse program admins: DRT, peer); as {@link #create}.
         */
        com.fasterxml.jackson.databind.JsonNode createAs(String role, String site, String path, Object body)
                throws Exception;
    }
}
