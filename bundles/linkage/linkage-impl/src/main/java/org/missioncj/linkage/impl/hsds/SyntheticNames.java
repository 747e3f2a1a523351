package org.missioncj.linkage.impl.hsds;

import static org.missioncj.linkage.impl.hsds.MissionServiceKind.BENEFITS;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.EDUCATION;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.EMPLOYMENT;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.FAMILY_SUPPORT;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.FOOD;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.HOUSING;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.LEGAL_AID;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.MEDICAL_CARE;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.MENTAL_HEALTH;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.NALOXONE_DISTRIBUTION;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.PEER_RECOVERY_SUPPORT;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.SUBSTANCE_USE_TREATMENT;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.TRANSPORTATION;
import static org.missioncj.linkage.impl.hsds.MissionServiceKind.TRAUMA_SPECIALIZED_CARE;

import java.util.List;

/**
 * Invented names for the synthetic directory of the fictional state of Verdania. Place and street
 * names are made up; organisation names are built from them, so none is a real organisation, and
 * no person is named anywhere.
 */
final class SyntheticNames {

    static final String STATE = "Verdania";
    static final String COUNTRY = "US";

    static final List<String> TOWNS = List.of(
            "Amberlee", "Brindlemoor", "Carrow Falls", "Dunmere", "Elderbrook", "Fallowmere", "Greywick",
            "Hollin Crossing", "Ironvale", "Juniper Flats", "Kestrel Point", "Larkhaven", "Marrowdale",
            "Nettlefield", "Oxbow Bend", "Pellham Ridge", "Quarry Hollow", "Rookmere", "Sallowford",
            "Thistlecombe", "Umberlake", "Vantry", "Willowmere", "Yarrowby");

    /** Counties, each holding four consecutive towns of {@link #TOWNS}. */
    static final List<String> COUNTIES = List.of(
            "Brindle County", "Carrow County", "Fallow County", "Marrow County", "Thistle County", "Yarrow County");

    static final List<String> ORGANIZATION_KINDS = List.of(
            "Recovery Center", "Community Health Collective", "Family Resource Network", "Counseling Associates",
            "Housing Partnership", "Reentry Alliance", "Wellness Cooperative", "Peer Support Network",
            "Behavioral Health Services", "Workforce Collaborative", "Neighborhood Clinic", "Care Partners",
            "Justice Advocacy Project", "Food Share", "Youth and Family Services", "Harm Reduction Coalition");

    static final List<String> DISTRICTS = List.of(
            "", "North", "East", "South", "West", "Valley", "Lakeside", "Downtown", "Riverside", "Hillcrest");

    static final List<String> STREETS = List.of(
            "Tamarack", "Millrace", "Copperleaf", "Heron", "Quarrystone", "Bramble", "Lantern", "Foundry",
            "Orchard", "Sable", "Wicklow", "Larch", "Cinder", "Meadowlark", "Kettle");

    static final List<String> STREET_TYPES = List.of("Street", "Avenue", "Road", "Way", "Lane", "Boulevard");

    static final List<String> PROGRAMS = List.of(
            "Recovery Pathways Program", "Reentry Bridge Program", "Family Stability Program",
            "Treatment Court Partnership Program");

    /** A kind of service an organisation offers, with the taxonomy terms it is filed under. */
    record ServiceTemplate(String title, String description, String eligibility, List<MissionServiceKind> kinds) {
    }

    static final List<ServiceTemplate> SERVICES = List.of(
            new ServiceTemplate("Outpatient Counseling",
                    "Individual and group counseling for depression, anxiety and related conditions.",
                    "Adults living in the service area.", List.of(MENTAL_HEALTH)),
            new ServiceTemplate("Intensive Outpatient Program",
                    "Nine hours a week of structured group treatment for substance use, with evening groups.",
                    "Adults assessed as needing intensive outpatient care.", List.of(SUBSTANCE_USE_TREATMENT)),
            new ServiceTemplate("Medication for Opioid Use Disorder",
                    "Buprenorphine and naltrexone treatment with counseling and regular check-ins.",
                    "Adults with an opioid use disorder diagnosis.", List.of(SUBSTANCE_USE_TREATMENT, MEDICAL_CARE)),
            new ServiceTemplate("Trauma-Focused Therapy",
                    "Evidence-based therapy for people living with the effects of trauma.",
                    "Adults who have experienced trauma.", List.of(TRAUMA_SPECIALIZED_CARE, MENTAL_HEALTH)),
            new ServiceTemplate("Peer Recovery Coaching",
                    "Weekly meetings with a certified peer recovery coach, in person or by phone.",
                    "Anyone in or seeking recovery.", List.of(PEER_RECOVERY_SUPPORT)),
            new ServiceTemplate("Recovery Housing",
                    "Alcohol- and drug-free shared housing with house meetings and peer support.",
                    "Adults in recovery able to pay a modest weekly fee.", List.of(HOUSING, PEER_RECOVERY_SUPPORT)),
            new ServiceTemplate("Rapid Rehousing",
                    "Short-term rent help and a case manager to find and keep an apartment.",
                    "Households who are homeless or about to lose housing.", List.of(HOUSING)),
            new ServiceTemplate("Emergency Shelter",
                    "Overnight beds, showers and an evening meal.", "Adults without a safe place to stay.",
                    List.of(HOUSING, FOOD)),
            new ServiceTemplate("Job Readiness Workshop",
                    "Resume help, interview practice and introductions to employers who hire people with records.",
                    "Job seekers, including people with a criminal record.", List.of(EMPLOYMENT)),
            new ServiceTemplate("Adult Education and Equivalency Diploma Preparation",
                    "Classes in reading, math and writing, and preparation for the high school equivalency exam.",
                    "Adults without a high school diploma.", List.of(EDUCATION)),
            new ServiceTemplate("Record Clearing Clinic",
                    "Volunteer attorneys review records and file for sealing or expungement where eligible.",
                    "People with a criminal record in the state.", List.of(LEGAL_AID)),
            new ServiceTemplate("Benefits Enrollment Assistance",
                    "Help applying for health coverage, food assistance and disability benefits.",
                    "Residents with low incomes.", List.of(BENEFITS)),
            new ServiceTemplate("Community Food Pantry",
                    "Groceries and fresh produce once a week; no documents needed.", "Anyone in need of food.",
                    List.of(FOOD)),
            new ServiceTemplate("Primary Care Clinic",
                    "Check-ups, chronic illness care and screening on a sliding fee scale.",
                    "Anyone, insured or not.", List.of(MEDICAL_CARE)),
            new ServiceTemplate("Rides to Treatment and Court",
                    "Scheduled rides to treatment, court dates and probation appointments.",
                    "Participants referred by a treatment provider or court program.", List.of(TRANSPORTATION)),
            new ServiceTemplate("Parenting and Family Reunification Support",
                    "Parenting classes and supervised visits to help families reunite.",
                    "Parents working toward reunification.", List.of(FAMILY_SUPPORT)),
            new ServiceTemplate("Naloxone Training and Distribution",
                    "Free naloxone kits and a 20-minute training in responding to an overdose.", "Anyone.",
                    List.of(NALOXONE_DISTRIBUTION)),
            new ServiceTemplate("Crisis Stabilization",
                    "Short stays with round-the-clock staff for people in a mental health or substance use crisis.",
                    "Adults in crisis; walk-ins accepted.", List.of(MENTAL_HEALTH, SUBSTANCE_USE_TREATMENT)),
            new ServiceTemplate("Women's Trauma Recovery Group",
                    "A twelve-week group for women in recovery who have experienced trauma.",
                    "Women aged 18 and over.", List.of(TRAUMA_SPECIALIZED_CARE, PEER_RECOVERY_SUPPORT)),
            new ServiceTemplate("Tenant Legal Help",
                    "Advice and representation for tenants facing eviction.", "Tenants with low incomes.",
                    List.of(LEGAL_AID, HOUSING)));

    static final List<String> APPLICATION_PROCESSES = List.of(
            "Walk in during open hours or call for an intake appointment.",
            "Referral from a probation officer, case manager or treatment court coordinator.",
            "Call the intake line; a staff member returns calls within one business day.");

    static final List<String> FEES = List.of(
            "Free of charge.", "Sliding scale; no one is turned away for inability to pay.",
            "Medicaid and most private insurance accepted; help is available for those without coverage.");

    static final List<String> WAIT_TIMES = List.of("Same day", "Within a week", "1-2 weeks", "Up to 30 days");

    static final List<String> LEGAL_STATUSES = List.of(
            "Nonprofit corporation", "County agency", "Public benefit corporation");

    private SyntheticNames() {
    }

    /** A name as a web-address part: "Carrow Falls Recovery Center" becomes "carrow-falls-recovery-center". */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
