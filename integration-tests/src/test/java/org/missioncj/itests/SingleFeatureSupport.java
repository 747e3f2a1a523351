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
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * A site that adds one module to its own Karaf (the OpenDaylight SingleFeatureTest habit): a plain
 * Apache Karaf 4.4 with only that {@code mission-*} feature (and what it needs) installed from the
 * features repository. Its health answers and lists exactly the modules the feature brings, one read
 * of the module answers, and a module it does not bring is neither documented nor served. Each module
 * feature has a subclass of a few lines (e.g. {@link SingleCtiFeatureIT}).
 */
public abstract class SingleFeatureSupport extends MissionTestSupport {
    /** The feature installed alone, e.g. {@code mission-cti}. */
    protected abstract String feature();

    /** The modules its health lists, in name order (core always). */
    protected abstract List<String> modules();

    /** A path of the module that a program admin reads, and the status it answers with (e.g. 404 for an id that is not there). */
    protected abstract String readPath();

    protected int readStatus() {
        return 404;
    }

    /** A path of a module that this feature does not bring. */
    protected abstract String absentPath();

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
        // the boot delegation the README asks a site's own Karaf for (Derby's JRE packages), as the distribution has it
        options.add(editConfigurationFilePut("etc/custom.properties", BOOT_DELEGATION, distributionBootDelegation()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.jaas.cfg", "encryption.enabled", "true"));
        // the site switches its own Karaf to the salted hash that the mission bundles bring
        options.add(editConfigurationFilePut("etc/org.apache.karaf.jaas.cfg", "encryption.name", "mission"));
        List<String> install = new ArrayList<>(List.of("scr"));
        if ("postgresql".equals(System.getProperty("it.database"))) {
            install.add("mission-db-postgresql");
        }
        install.add(feature());
        options.add(features(maven("org.missioncj", "mission-features").classifier("features").type("xml")
            .version(System.getProperty("mission.version")), install.toArray(new String[0])));
        return options.toArray(new Option[0]);
    }

    private static final String BOOT_DELEGATION = "org.osgi.framework.bootdelegation";

    /** The distribution's boot delegation, from its etc/custom.properties in the karaf-assembly module. */
    private static String distributionBootDelegation() throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("..", "karaf-assembly", "src", "main", "resources", "etc", "custom.properties"))) {
            p.load(r);
        }
        String value = p.getProperty(BOOT_DELEGATION);
        if (value == null || !value.contains("javax.naming.spi") && !value.contains("javax.naming.*")) {
            throw new AssertionError("the distribution's etc/custom.properties has no boot delegation for javax.naming");
        }
        return value;
    }

    @Test
    public void theFeatureAloneRunsInAPlainKaraf() throws Exception {
        Reply health = get(ADMIN, "/health");
        assertEquals(health.toString(), 200, health.status);
        List<String> listed = new ArrayList<>();
        health.json.get("modules").forEach(m -> listed.add(m.get("name").asText()));
        assertEquals(modules(), listed);
        assertEquals("READY", health.json.get("api").asText());
        health.json.get("modules").forEach(m -> assertEquals(m.toString(), m.path("resources").asInt(-1),
            m.path("published").asInt(-2)));
        assertEquals(databaseKind(), health.json.get("database").get("kind").asText());

        Reply read = get(ADMIN, readPath());
        assertEquals(read.toString(), readStatus(), read.status);

        Reply doc = get(null, "/openapi.json");
        assertEquals(doc.toString(), 200, doc.status);
        String absent = absentPath().replaceAll("\\?.*", "");
        assertFalse("a module that is not installed is not documented", doc.json.get("paths").has(absent));
        assertEquals(404, get(ADMIN, absentPath()).status);
        assertTrue(doc.json.get("paths").has("/health"));
    }
}
