package org.missioncj.itests.matrix;

import java.util.List;
import java.util.Map;

/**
 * The catalog's objects: a curriculum's catalog ("catalog", named by its path segment) and a catalog session. The
 * catalog is the program's, not a team's, so every team gets the shipped ones; the matrix's calls change nothing
 * (empty bodies are refused with 400, updates without If-Match with 428), so the catalog that other classes count
 * on a shared database stays as shipped.
 */
public class CatalogFixtures implements MatrixFixtures {
    @Override
    public List<String> kinds() {
        return List.of("catalog", "catalogSession");
    }

    @Override
    public List<String> needs() {
        return List.of();
    }

    @Override
    public void make(Api api, String label, Map<String, String> ids) throws Exception {
        int read = api.read("/curriculum/sessions/drt-mission-cj-01");
        if (read != 200) {
            throw new AssertionError("the shipped DRT catalog has no session drt-mission-cj-01: " + read);
        }
        ids.put("catalog", "drt");
        ids.put("catalogSession", "drt-mission-cj-01");
    }
}
