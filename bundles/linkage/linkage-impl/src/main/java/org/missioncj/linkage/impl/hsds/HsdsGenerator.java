package org.missioncj.linkage.impl.hsds;

import static org.missioncj.linkage.impl.hsds.SyntheticNames.COUNTIES;
import static org.missioncj.linkage.impl.hsds.SyntheticNames.TOWNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes a synthetic, valid directory of community services for the fictional state of Verdania,
 * for tests and demonstrations where real directory data must not be used.
 *
 * <p>The same arguments always give the same directory. For {@code n} services there are about
 * {@code n/4} organisations, each with one or two locations (addresses in invented towns, phone
 * numbers in the 555-01xx range set aside for fiction), each service offered at one or two of its
 * organisation's locations, serving one or two invented counties, and filed under one to three
 * {@link MissionServiceKind} terms through {@code attribute} records. Web and email addresses are
 * under {@code example.org}, which can never belong to anyone.
 */
public final class HsdsGenerator {

    /** The {@code taxonomy.id} of the "MISSION service kinds" taxonomy. */
    public static final String SERVICE_KIND_TAXONOMY_ID = "mission-service-kinds";

    /** The {@code taxonomy.name} of that taxonomy. */
    public static final String SERVICE_KIND_TAXONOMY_NAME = "MISSION service kinds";

    /** The {@code attribute.link_type} of attributes filing a service under a service kind. */
    public static final String SERVICE_KIND_LINK_TYPE = "service_kind";

    private final Random random;
    private final HsdsDataset dataset = new HsdsDataset();
    private final List<Organization> organizations = new ArrayList<>();
    private int phones;
    private int serviceAreas;
    private int attributes;
    private int serviceAtLocations;

    /** What later records of an organisation need to know about it. */
    private record Organization(String id, String name, String slug, int town, List<String> locationIds,
                                String programId) {
    }

    private HsdsGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A directory with the given number of services.
     *
     * @param services how many services, at least 1
     * @param seed     chooses among the possible directories; equal seeds give equal directories
     */
    public static HsdsDataset generate(int services, long seed) {
        if (services < 1) {
            throw new IllegalArgumentException("a synthetic directory needs at least one service, not " + services);
        }
        HsdsGenerator generator = new HsdsGenerator(seed);
        generator.addTaxonomy();
        int organizationCount = Math.max(1, Math.round(services / 4f));
        for (int i = 0; i < organizationCount; i++) {
            generator.addOrganization(i);
        }
        for (int i = 0; i < services; i++) {
            generator.addService(i, generator.organizations.get(i % organizationCount), i / organizationCount);
        }
        return generator.dataset;
    }

    private void addTaxonomy() {
        dataset.add(HsdsTable.TAXONOMY, Map.of(
                "id", SERVICE_KIND_TAXONOMY_ID,
                "name", SERVICE_KIND_TAXONOMY_NAME,
                "description", "The kinds of help the MISSION program refers participants to.",
                "version", "1"));
        for (MissionServiceKind kind : MissionServiceKind.values()) {
            dataset.add(HsdsTable.TAXONOMY_TERM, Map.of(
                    "id", kind.termId(),
                    "code", kind.code(),
                    "name", kind.termName(),
                    "description", kind.description(),
                    "taxonomy", SERVICE_KIND_TAXONOMY_NAME,
                    "language", "en",
                    "taxonomy_id", SERVICE_KIND_TAXONOMY_ID));
        }
    }

    private void addOrganization(int index) {
        int town = (index + random.nextInt(3)) % TOWNS.size();
        String district = SyntheticNames.DISTRICTS.get((index / TOWNS.size()) % SyntheticNames.DISTRICTS.size());
        String kind = pick(SyntheticNames.ORGANIZATION_KINDS);
        String name = TOWNS.get(town) + (district.isEmpty() ? "" : " " + district) + " " + kind;
        String id = id("org", index);
        String slug = SyntheticNames.slug(name);
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("name", name);
        record.put("description", name + " serves people in and around " + TOWNS.get(town) + ", "
                + countyOf(town) + ", including people referred by the courts.");
        record.put("email", "info@" + slug + ".example.org");
        record.put("website", "https://" + slug + ".example.org");
        record.put("year_incorporated", Integer.toString(1965 + random.nextInt(58)));
        record.put("legal_status", pick(SyntheticNames.LEGAL_STATUSES));
        if (index > 0 && index % 15 == 0) {
            // A few branches of an older organisation, so the parent reference is exercised.
            record.put("parent_organization_id", organizations.get(index - 1).id());
        }
        dataset.add(HsdsTable.ORGANIZATION, record);

        // The first organisation always runs a program, so even a tiny directory has every table.
        String programId = index == 0 || random.nextInt(10) < 4 ? addProgram(index, id, TOWNS.get(town)) : null;
        List<String> locationIds = new ArrayList<>();
        int locationCount = 1 + random.nextInt(2);
        for (int i = 0; i < locationCount; i++) {
            locationIds.add(addLocation(index, i, id, name, slug, town));
        }
        addPhone("organization_id", id, "voice", "Main office line");
        organizations.add(new Organization(id, name, slug, town, locationIds, programId));
    }

    private String addProgram(int index, String organizationId, String town) {
        String id = id("prg", index);
        String name = town + " " + pick(SyntheticNames.PROGRAMS);
        dataset.add(HsdsTable.PROGRAM, Map.of(
                "id", id,
                "organization_id", organizationId,
                "name", name,
                "description", "A group of related services coordinated by one case management team."));
        return id;
    }

    private String addLocation(int organization, int number, String organizationId, String organizationName,
            String slug, int town) {
        String id = id("loc", organization * 2 + number);
        boolean virtual = number == 1 && random.nextInt(5) == 0;
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("location_type", virtual ? "virtual" : "physical");
        record.put("organization_id", organizationId);
        if (virtual) {
            record.put("url", "https://" + slug + ".example.org/telehealth");
            record.put("name", organizationName + " Telehealth");
            record.put("description", "Appointments by secure video or phone.");
            dataset.add(HsdsTable.LOCATION, record);
            return id;
        }
        int site = number == 0 ? town : (town + 1 + random.nextInt(3)) % TOWNS.size();
        record.put("name", organizationName + " - " + TOWNS.get(site) + " Office");
        record.put("description", "Office with a ground-floor entrance and a private intake room.");
        record.put("transportation", "Bus route " + (2 + random.nextInt(40)) + " stops within two blocks.");
        record.put("latitude", coordinate(44.1 + site * 0.071 + random.nextDouble() * 0.02));
        record.put("longitude", coordinate(-93.4 - site * 0.053 - random.nextDouble() * 0.02));
        dataset.add(HsdsTable.LOCATION, record);
        addAddress(id, site);
        addPhone("location_id", id, "voice", "Front desk");
        return id;
    }

    private void addAddress(String locationId, int town) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", "adr-" + locationId.substring(4));
        record.put("location_id", locationId);
        record.put("address_1", (10 + random.nextInt(2990)) + " " + pick(SyntheticNames.STREETS) + " "
                + pick(SyntheticNames.STREET_TYPES));
        if (random.nextInt(4) == 0) {
            record.put("address_2", "Suite " + (100 + random.nextInt(4) * 100));
        }
        record.put("city", TOWNS.get(town));
        record.put("region", countyOf(town));
        record.put("state_province", SyntheticNames.STATE);
        record.put("postal_code", String.format(Locale.ROOT, "%05d", 80500 + town * 7));
        record.put("country", SyntheticNames.COUNTRY);
        record.put("address_type", "physical");
        dataset.add(HsdsTable.ADDRESS, record);
    }

    private void addService(int index, Organization organization, int nthOfOrganization) {
        SyntheticNames.ServiceTemplate template = SyntheticNames.SERVICES.get(
                (organization.town() * 7 + nthOfOrganization * 3 + organization.locationIds().size())
                        % SyntheticNames.SERVICES.size());
        String id = id("svc", index);
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("organization_id", organization.id());
        if (organization.programId() != null && random.nextBoolean()) {
            record.put("program_id", organization.programId());
        }
        String name = organization.name() + " - " + template.title();
        if (nthOfOrganization >= SyntheticNames.SERVICES.size() / 3) {
            // A large organisation repeats a kind of service at another site; keep names apart.
            name += " (Site " + (nthOfOrganization + 1) + ")";
        }
        record.put("name", name);
        record.put("description", template.description());
        record.put("url", "https://" + organization.slug() + ".example.org/" + SyntheticNames.slug(template.title()));
        record.put("email", "intake@" + organization.slug() + ".example.org");
        String status = status();
        record.put("status", status);
        record.put("interpretation_services", "Spanish-speaking staff; telephone interpreters for other languages.");
        record.put("application_process", pick(SyntheticNames.APPLICATION_PROCESSES));
        record.put("fees_description", pick(SyntheticNames.FEES));
        record.put("wait_time", pick(SyntheticNames.WAIT_TIMES));
        record.put("eligibility_description", template.eligibility());
        addAges(record, template);
        record.put("assured_date", String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28)));
        record.put("assurer_email", "directory@courts.verdania.example.org");
        if (template.kinds().contains(MissionServiceKind.SUBSTANCE_USE_TREATMENT)
                || template.kinds().contains(MissionServiceKind.MENTAL_HEALTH)) {
            record.put("licenses", "Licensed by the Verdania Department of Health");
        }
        if (status.equals("temporarily closed")) {
            record.put("alert", "Temporarily closed for renovation; call for the nearest open site.");
        }
        record.put("last_modified", String.format(Locale.ROOT, "2025-%02d-%02dT%02d:%02d:00Z",
                1 + random.nextInt(12), 1 + random.nextInt(28), 8 + random.nextInt(10), random.nextInt(60)));
        dataset.add(HsdsTable.SERVICE, record);

        addServiceAtLocations(id, organization);
        if (random.nextBoolean()) {
            addPhone("service_id", id, random.nextInt(4) == 0 ? "text" : "voice", "Intake line");
        }
        addServiceAreas(id, organization.town());
        addServiceKinds(id, template);
    }

    private void addAges(Map<String, String> record, SyntheticNames.ServiceTemplate template) {
        if (template.kinds().contains(MissionServiceKind.FAMILY_SUPPORT)) {
            return; // open to families, so no age limits
        }
        if (random.nextInt(10) == 0) {
            record.put("minimum_age", "16");
            record.put("maximum_age", "24");
        } else {
            record.put("minimum_age", "18");
        }
    }

    private void addServiceAtLocations(String serviceId, Organization organization) {
        List<String> locations = organization.locationIds();
        int count = locations.size() == 1 ? 1 : 1 + random.nextInt(2);
        int first = random.nextInt(locations.size());
        for (int i = 0; i < count; i++) {
            String id = id("sal", serviceAtLocations++);
            dataset.add(HsdsTable.SERVICE_AT_LOCATION, Map.of(
                    "id", id,
                    "service_id", serviceId,
                    "location_id", locations.get((first + i) % locations.size())));
            if (random.nextInt(10) == 0) {
                addPhone("service_at_location_id", id, "voice", "Direct line for this service at this site");
            }
        }
    }

    private void addServiceAreas(String serviceId, int town) {
        int county = town / 4;
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String name = COUNTIES.get((county + i) % COUNTIES.size());
            dataset.add(HsdsTable.SERVICE_AREA, Map.of(
                    "id", id("sa", serviceAreas++),
                    "service_id", serviceId,
                    "name", name,
                    "description", "Open to residents of " + name + "."));
        }
    }

    private void addServiceKinds(String serviceId, SyntheticNames.ServiceTemplate template) {
        Set<MissionServiceKind> kinds = new LinkedHashSet<>(template.kinds());
        if (kinds.size() < 3 && random.nextInt(3) == 0) {
            kinds.add(pick(List.of(MissionServiceKind.values())));
        }
        for (MissionServiceKind kind : kinds) {
            dataset.add(HsdsTable.ATTRIBUTE, Map.of(
                    "id", id("attr", attributes++),
                    "link_id", serviceId,
                    "taxonomy_term_id", kind.termId(),
                    "link_type", SERVICE_KIND_LINK_TYPE,
                    "link_entity", "service"));
        }
    }

    private void addPhone(String linkColumn, String linkId, String type, String description) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id("phn", phones++));
        record.put(linkColumn, linkId);
        record.put("number", String.format(Locale.ROOT, "(555) 555-01%02d", random.nextInt(100)));
        if (type.equals("voice") && random.nextInt(8) == 0) {
            record.put("extension", Integer.toString(100 + random.nextInt(900)));
        }
        record.put("type", type);
        record.put("description", description);
        dataset.add(HsdsTable.PHONE, record);
    }

    private String status() {
        int roll = random.nextInt(100);
        return roll < 92 ? "active" : roll < 96 ? "temporarily closed" : roll < 99 ? "inactive" : "defunct";
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String countyOf(int town) {
        return COUNTIES.get(town / 4);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static String id(String prefix, int index) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, index + 1);
    }
}
