package org.missioncj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A site that adds one module to its own Karaf: a plain Apache Karaf 4.4 with only the
 * mission-registry feature (and what it needs) installed from the features repository.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SingleFeatureIT extends MissionTestSupport {
    @Override
    protected Option distribution() {
        return karafDistributionConfiguration()
            .frameworkUrl(maven("org.apache.karaf", "apache-karaf").type("zip").version(System.getProperty("karaf.version")))
            .name("Apache Karaf").unpackDirectory(new java.io.File("target/exam")).useDeployFolder(false);
    }

    @Override
    protected boolean isMissionDistribution() {
        return false;
    }

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.jaas.cfg", "encryption.enabled", "true"));
        // the site switches its own Karaf to the salted hash that the mission bundles bring
        options.add(editConfigurationFilePut("etc/org.apache.karaf.jaas.cfg", "encryption.name", "mission"));
        List<String> install = new ArrayList<>(List.of("scr"));
        if ("postgresql".equals(System.getProperty("it.database"))) {
            install.add("mission-db-postgresql");
        }
        install.add("mission-registry");
        options.add(features(maven("org.missioncj", "mission-features").classifier("features").type("xml")
            .version(System.getProperty("mission.version")), install.toArray(new String[0])));
        return options.toArray(new Option[0]);
    }

    @Override
    public void awaitApi() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Reply r = get(ADMIN, "/participants/none");
            if (r.status == 404 && "not-found".equals(r.problemType())) {
                Thread.sleep(500); // the last rebuild settles
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The registry's API did not come up within 60 s");
    }

    @Test
    public void theRegistryAloneRunsInAPlainKaraf() throws Exception {
        Reply health = get(ADMIN, "/health");
        assertEquals(health.toString(), 200, health.status);
        List<String> modules = new ArrayList<>();
        health.json.get("modules").forEach(m -> modules.add(m.get("name").asText()));
        assertEquals(List.of("core", "registry"), modules);
        assertEquals(databaseKind(), health.json.get("database").get("kind").asText());

        Reply created = createParticipant("Alone", "Registry", "1990-02-02", null);
        assertEquals(created.toString(), 201, created.status);
        assertEquals(200, get(CM, "/participants/" + created.json.get("id").asText()).status);

        Reply doc = get(null, "/openapi.json");
        assertTrue(doc.json.get("paths").has("/participants"));
        assertFalse("CTI is not installed, so not documented", doc.json.get("paths").has("/cti/contacts"));
        assertEquals(404, get(CM, "/cti/contacts?participantId=x").status);
    }
}
