package org.missioncj.consent.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderAuthority;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.RestrictionDecision;
import org.missioncj.consent.api.dto.SignerAuthority;
import org.missioncj.consent.api.dto.SignatureMethod;
import org.missioncj.consent.impl.ConsentMapper.ConsentRow;
import org.missioncj.consent.impl.ConsentMapper.CourtOrderRow;
import org.missioncj.consent.impl.ConsentMapper.DisclosureRow;
import org.missioncj.consent.impl.ConsentMapper.RestrictionRow;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.SiteClock;
import org.missioncj.core.api.Validator;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditedWork;
import org.missioncj.core.api.persistence.Database;
import org.missioncj.core.api.persistence.Transaction;
import org.missioncj.core.api.persistence.TransactionWork;
import org.missioncj.registry.api.CaseloadAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the consent services share: the schema, the mapper, the audit trail, the site's day, who may
 * act on which participant (the registry's caseload access) and the site's Part 2 settings.
 */
@Component(service = ConsentStore.class, configurationPid = "org.missioncj.consent")
@Designate(ocd = ConsentStore.Config.class)
public class ConsentStore {
    static final String COMPONENT = "consent";
    static final Pattern CATEGORY = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    /** Who works with consents: the participant's team and its supervisors. */
    static final Set<Role> CONSENT_STAFF = Role.CLINICAL_STAFF;
    /** Who records court orders. */
    static final Set<Role> ORDER_STAFF = EnumSet.of(Role.CASE_MANAGER, Role.CLINICAL_SUPERVISOR, Role.PROGRAM_ADMIN);
    /** Who approves a recorded court order (never its recorder): the site's supervisor, or the privacy officer. */
    static final Set<Role> ORDER_APPROVERS = EnumSet.of(Role.CLINICAL_SUPERVISOR, Role.PRIVACY_OFFICER);
    /** Who reads court orders and disclosure records: the participant's team, and privacy officers for every participant. */
    static final Set<Role> RECORD_READERS;
    static {
        Set<Role> r = EnumSet.copyOf(Role.CLINICAL_STAFF);
        r.add(Role.PRIVACY_OFFICER);
        RECORD_READERS = java.util.Collections.unmodifiableSet(r);
    }

    /** 42 CFR §2.32(a)(2), as amended in 2024. */
    static final String DEFAULT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    @ObjectClassDefinition(name = "MISSION-CJ Consent (42 CFR Part 2)",
            description = "How this program discloses participant information under 42 CFR Part 2.")
    public @interface Config {
        @AttributeDefinition(name = "Program name",
                description = "The Part 2 program as consents name it in 'who may disclose' (§2.31(a)(3)). A consent that "
                        + "names another program does not allow this one to disclose.")
        String programName() default "MISSION-CJ";

        @AttributeDefinition(name = "Notice to accompany disclosure",
                description = "The §2.32 statement printed on every disclosure. The default is statement 2; a site may use "
                        + "the longer statement 1.")
        String notice() default DEFAULT_NOTICE;
    }

    final Database database;
    final AuditService audit;
    final CaseloadAccess caseload;
    final SqlSessionFactory sessions;
    private final SiteClock clock;
    final String programName;
    final String notice;

    @Activate
    public ConsentStore(@Reference Database database, @Reference AuditService audit, @Reference SiteClock clock,
            @Reference CaseloadAccess caseload, Config config) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.caseload = caseload;
        this.programName = config.programName().trim();
        this.notice = config.notice().isBlank() ? DEFAULT_NOTICE : config.notice().trim();
        database.migrate(COMPONENT, ConsentStore.class.getClassLoader(), "db/consent");
        this.sessions = database.sessionFactory(ConsentMapper.class);
    }

    LocalDate today() {
        return clock.today();
    }

    java.time.ZoneId zone() {
        return clock.zone();
    }

    Instant now() {
        return clock.now();
    }

    ConsentMapper mapper(Transaction tx) {
        return tx.mapper(sessions, ConsentMapper.class);
    }

    <T> T audited(AuditEntry entry, TransactionWork<T> work) {
        return AuditedWork.run(database, audit, entry, work);
    }

    // ---- validation shared by consents, orders and requests ---------------------------------------

    static void categories(Validator v, String field, List<String> categories) {
        if (categories == null || categories.isEmpty()) {
            v.check(false, field, "must name at least one information category, e.g. ENROLLMENT or CASE_MANAGEMENT");
            return;
        }
        v.check(categories.size() <= 20, field, "must have at most 20 entries");
        for (String c : categories) {
            if (c == null || !CATEGORY.matcher(c).matches()) {
                v.check(false, field, "'" + c + "' is not a category: upper-case letters, digits and '_' (2 to 40)");
                return;
            }
        }
        v.check(categories.stream().distinct().count() == categories.size(), field, "must not repeat a category");
    }

    // ---- rows and DTOs -----------------------------------------------------------------------------

    static String join(List<String> categories) {
        return String.join(",", categories);
    }

    static List<String> split(String categories) {
        return new ArrayList<>(Arrays.asList(categories.split(",")));
    }

    ConsentDirective toDto(ConsentRow r) {
        ConsentDirective c = new ConsentDirective();
        c.id = r.id;
        c.version = r.version;
        c.participantId = r.participantId;
        c.kind = ConsentKind.valueOf(r.kind);
        c.disclosingProgram = r.disclosingProgram;
        c.categories = split(r.categories);
        c.informationDescription = r.informationDescription;
        c.recipientClass = RecipientClass.valueOf(r.recipientClass);
        c.recipientName = r.recipientName;
        c.purpose = DisclosurePurpose.valueOf(r.purpose);
        c.purposeDescription = r.purposeDescription;
        c.expiresOn = r.expiresOn;
        c.expiryEvent = r.expiryEvent;
        c.irrevocableUntil = r.irrevocableUntil;
        c.irrevocableUntilEvent = r.irrevocableUntilEvent;
        c.signedOn = r.signedOn;
        c.signedBy = r.signedBy;
        c.signatureMethod = SignatureMethod.valueOf(r.signatureMethod);
        c.signerAuthority = r.signerAuthority == null ? null : SignerAuthority.valueOf(r.signerAuthority);
        c.signerAuthorityDescription = r.signerAuthorityDescription;
        c.revocationRightExplained = r.revocationRightExplained != 0;
        c.redisclosureStatementIncluded = r.redisclosureStatement == null ? null : r.redisclosureStatement != 0;
        c.conditioningStatementIncluded = r.conditioningStatement == null ? null : r.conditioningStatement != 0;
        c.revocabilityEventOn = r.revocabilityEventOn;
        c.revocabilityEventNote = r.revocabilityEventNote;
        c.endedOn = r.endedOn;
        c.endNote = r.endNote;
        c.revokedOn = r.revokedOn;
        c.revocationNote = r.revocationNote;
        c.revokedBy = r.revokedBy;
        c.revocationRecordedAt = r.revocationRecordedAt;
        c.createdAt = r.createdAt;
        c.createdBy = r.createdBy;
        c.updatedAt = r.updatedAt;
        c.updatedBy = r.updatedBy;
        LocalDate today = today();
        c.status = ConsentRules.status(c, today);
        c.revocableNow = c.revokedOn == null && !ConsentRules.irrevocable(c, today);
        return c;
    }

    static CourtOrder toDto(CourtOrderRow r) {
        CourtOrder o = new CourtOrder();
        o.id = r.id;
        o.participantId = r.participantId;
        o.court = r.court;
        o.docketNumber = r.docketNumber;
        o.orderedOn = r.orderedOn;
        o.authority = r.authority == null ? null : CourtOrderAuthority.valueOf(r.authority);
        o.findings = r.findings;
        o.limits = r.limits;
        o.categories = split(r.categories);
        o.recipientClass = RecipientClass.valueOf(r.recipientClass);
        o.recipientName = r.recipientName;
        o.purpose = DisclosurePurpose.valueOf(r.purpose);
        o.scopeDescription = r.scopeDescription;
        o.expiresOn = r.expiresOn;
        o.patientNotified = r.patientNotified == null ? null : r.patientNotified != 0;
        o.documentReference = r.documentReference;
        o.status = r.status == null ? CourtOrderStatus.PENDING_APPROVAL : CourtOrderStatus.valueOf(r.status);
        o.decidedBy = r.decidedBy;
        o.decidedAt = r.decidedAt;
        o.decisionNote = r.decisionNote;
        o.createdAt = r.createdAt;
        o.createdBy = r.createdBy;
        return o;
    }

    static Disclosure toDto(DisclosureRow r) {
        Disclosure d = new Disclosure();
        d.id = r.id;
        d.participantId = r.participantId;
        d.disclosedAt = r.disclosedAt;
        d.disclosedBy = r.disclosedBy;
        d.recipientClass = RecipientClass.valueOf(r.recipientClass);
        d.recipientName = r.recipientName;
        d.purpose = DisclosurePurpose.valueOf(r.purpose);
        d.categories = split(r.categories);
        d.basis = DisclosureBasis.valueOf(r.basis);
        d.consentId = r.consentId;
        d.courtOrderId = r.courtOrderId;
        d.description = r.description;
        d.notice = r.notice;
        d.recipientAffiliation = r.recipientAffiliation;
        d.emergencyAt = r.emergencyAt;
        d.emergencyNature = r.emergencyNature;
        d.disclosedByRoles = r.disclosedByRoles;
        d.basisNamedRecipient = r.basisNamedRecipient == null ? null : r.basisNamedRecipient != 0;
        return d;
    }

    ConsentRestriction toDto(RestrictionRow r) {
        ConsentRestriction x = new ConsentRestriction();
        x.id = r.id;
        x.participantId = r.participantId;
        x.categories = split(r.categories);
        x.recipientClass = r.recipientClass == null ? null : RecipientClass.valueOf(r.recipientClass);
        x.recipientName = r.recipientName;
        x.purpose = r.purpose == null ? null : DisclosurePurpose.valueOf(r.purpose);
        x.description = r.description;
        x.requestedOn = r.requestedOn;
        x.paidOutOfPocket = r.paidOutOfPocket != 0;
        x.decision = RestrictionDecision.valueOf(r.decision);
        x.decisionNote = r.decisionNote;
        x.endedOn = r.endedOn;
        x.endNote = r.endNote;
        x.createdAt = r.createdAt;
        x.createdBy = r.createdBy;
        x.updatedAt = r.updatedAt;
        x.updatedBy = r.updatedBy;
        x.inForce = ConsentRules.inForce(x, today());
        return x;
    }
}
