package org.missioncj.consent.api;

import static org.missioncj.core.api.AccessRule.Scope.ANY;
import static org.missioncj.core.api.AccessRule.Scope.TEAM;

import java.util.EnumSet;
import java.util.Set;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Role;

/**
 * Consent's access rules, one per operation, named by the OpenAPI operation they guard (its
 * {@code x-mission-access} is checked against them at build time). Court liaisons are never scoped by
 * caseload: what they may receive is decided by the consent or court order that names their organization.
 */
public final class ConsentAccess {
    /** Who works with consents: the participant's team and its supervisors. */
    public static final Set<Role> CONSENT_STAFF = Role.CLINICAL_STAFF;
    /** Who records court orders. */
    public static final Set<Role> ORDER_STAFF = Set.copyOf(EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR,
            Role.PROGRAM_ADMIN));
    /** Who approves a recorded court order (never its recorder): the site's supervisor, or the privacy officer. */
    public static final Set<Role> ORDER_APPROVERS = Set.copyOf(EnumSet.of(Role.CLINICAL_SUPERVISOR, Role.PRIVACY_OFFICER));
    /** Who reads court orders and disclosure records: the participant's team, and privacy officers for every participant. */
    public static final Set<Role> RECORD_READERS = union(Role.CLINICAL_STAFF, Role.PRIVACY_OFFICER);
    /** Who asks for disclosures and court reports: clinical staff for their caseload, liaisons for their organization. */
    public static final Set<Role> REQUESTERS = union(Role.CLINICAL_STAFF, Role.COURT_LIAISON);

    public static final AccessRule CREATE_CONSENT = AccessRule.of("createConsent", "record this participant's consents",
            TEAM, CONSENT_STAFF);
    public static final AccessRule LIST_CONSENTS = AccessRule.of("listConsents", "read this participant's consents", TEAM,
            CONSENT_STAFF);
    public static final AccessRule GET_CONSENT = AccessRule.of("getConsent", "read this consent", TEAM, CONSENT_STAFF);
    public static final AccessRule REVOKE_CONSENT = AccessRule.of("revokeConsent", "record the revocation of this consent",
            TEAM, CONSENT_STAFF);
    public static final AccessRule END_CONSENT = AccessRule.of("endConsent", "record the end of this consent", TEAM,
            CONSENT_STAFF);
    public static final AccessRule RECORD_REVOCABILITY_EVENT = AccessRule.of("recordConsentRevocabilityEvent",
            "record the event that makes this consent revocable", TEAM, CONSENT_STAFF);

    public static final AccessRule CREATE_COURT_ORDER = AccessRule.of("createCourtOrder",
            "record this participant's court orders", TEAM, ORDER_STAFF);
    public static final AccessRule LIST_COURT_ORDERS = AccessRule.of("listCourtOrders",
            "read this participant's court orders", TEAM, RECORD_READERS).unscoped(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER);
    public static final AccessRule GET_COURT_ORDER = AccessRule.of("getCourtOrder", "read this court order", TEAM,
            RECORD_READERS).unscoped(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER);
    public static final AccessRule DECIDE_COURT_ORDER = AccessRule.of("decideCourtOrder", "decide on this court order",
            TEAM, ORDER_APPROVERS).unscoped(Role.PRIVACY_OFFICER).withoutBreakGlass();

    public static final AccessRule LIST_DISCLOSURES = AccessRule.of("listDisclosures",
            "read this participant's accounting of disclosures", TEAM, RECORD_READERS)
            .unscoped(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER);
    public static final AccessRule GET_DISCLOSURE = AccessRule.of("getDisclosure", "read this disclosure", TEAM,
            RECORD_READERS).unscoped(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER);
    public static final AccessRule DECIDE_DISCLOSURE = AccessRule.of("decideDisclosure",
            "ask about disclosing this participant's records", TEAM, REQUESTERS);
    public static final AccessRule RECORD_EMERGENCY_DISCLOSURE = AccessRule.of("recordEmergencyDisclosure",
            "record this participant's disclosures", TEAM, CONSENT_STAFF);
    public static final AccessRule REVIEW_UNNAMED_BASIS = AccessRule.of("reviewUnnamedBasisDisclosures",
            "review disclosures", ANY, Role.PRIVACY_REVIEWERS);

    public static final AccessRule CREATE_COURT_REPORT = AccessRule.of("createCourtReport", "report on this participant",
            TEAM, REQUESTERS);
    public static final AccessRule LIST_COURT_REPORT_SECTIONS = AccessRule.of("listCourtReportSections",
            "list court report sections", ANY, REQUESTERS);

    public static final AccessRule CREATE_RESTRICTION = AccessRule.of("createRestriction",
            "record this participant's requests", TEAM, CONSENT_STAFF);
    public static final AccessRule LIST_RESTRICTIONS = AccessRule.of("listRestrictions",
            "read this participant's requests", TEAM, CONSENT_STAFF);
    public static final AccessRule GET_RESTRICTION = AccessRule.of("getRestriction", "read this request", TEAM,
            CONSENT_STAFF);
    public static final AccessRule END_RESTRICTION = AccessRule.of("endRestriction", "end this restriction", TEAM,
            CONSENT_STAFF);

    private ConsentAccess() {
    }

    private static Set<Role> union(Set<Role> roles, Role more) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(more);
        return Set.copyOf(all);
    }
}
