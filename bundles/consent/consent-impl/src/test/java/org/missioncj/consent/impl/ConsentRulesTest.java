package org.missioncj.consent.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentStatus;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosurePurpose;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;

/** The disclosure scenario matrix of the privacy issue, each with its expected allow or deny. */
class ConsentRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String PROGRAM = "MISSION-CJ";
    static final String COURT = "Franklin County Recovery Court";

    static ConsentDirective courtConsent(Consumer<ConsentDirective> change) {
        ConsentDirective c = new ConsentDirective();
        c.id = "c1";
        c.kind = ConsentKind.CRIMINAL_JUSTICE;
        c.disclosingProgram = PROGRAM;
        c.categories = List.of("ENROLLMENT", "CASE_MANAGEMENT");
        c.recipientClass = RecipientClass.COURT;
        c.recipientName = COURT;
        c.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
        c.signedOn = TODAY.minusMonths(2);
        c.expiresOn = TODAY.plusMonths(10);
        c.expiryEvent = "End of probation";
        c.irrevocableUntilEvent = "Sentencing";
        change.accept(c);
        return c;
    }

    static CourtOrder order(Consumer<CourtOrder> change) {
        CourtOrder o = new CourtOrder();
        o.id = "o1";
        o.court = COURT;
        o.docketNumber = "2026-CR-0001";
        o.orderedOn = TODAY.minusDays(10);
        o.categories = List.of("ENROLLMENT");
        o.recipientClass = RecipientClass.COURT;
        o.recipientName = COURT;
        o.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
        o.status = CourtOrderStatus.APPROVED;
        change.accept(o);
        return o;
    }

    static DisclosureRequest toCourt(Consumer<DisclosureRequest> change) {
        DisclosureRequest r = new DisclosureRequest();
        r.participantId = "p1";
        r.recipientClass = RecipientClass.COURT;
        r.recipientName = COURT;
        r.purpose = DisclosurePurpose.CRIMINAL_JUSTICE_MONITORING;
        r.categories = List.of("ENROLLMENT", "CASE_MANAGEMENT");
        change.accept(r);
        return r;
    }

    static Stream<Arguments> scenarios() {
        Consumer<ConsentDirective> asIs = c -> { };
        Consumer<DisclosureRequest> same = r -> { };
        return Stream.of(
            Arguments.of("valid §2.35 consent", List.of(courtConsent(asIs)), List.of(), toCourt(same), true, "c1", null),
            Arguments.of("no consent", List.of(), List.of(), toCourt(same), false, null, "No consent or court order"),
            Arguments.of("expired", List.of(courtConsent(c -> c.expiresOn = TODAY.minusDays(1))), List.of(), toCourt(same),
                false, null, "expired on"),
            Arguments.of("expires today still allows", List.of(courtConsent(c -> c.expiresOn = TODAY)), List.of(),
                toCourt(same), true, "c1", null),
            Arguments.of("revoked", List.of(courtConsent(c -> {
                c.kind = ConsentKind.GENERAL;
                c.irrevocableUntilEvent = null;
                c.revokedOn = TODAY.minusDays(3);
            })), List.of(), toCourt(same), false, null, "revoked from"),
            Arguments.of("revocation dated later does not act yet", List.of(courtConsent(c -> c.revokedOn = TODAY.plusDays(1))),
                List.of(), toCourt(same), true, "c1", null),
            Arguments.of("wrong recipient name", List.of(courtConsent(asIs)), List.of(),
                toCourt(r -> r.recipientName = "Another County Court"), false, null, "names the recipient"),
            Arguments.of("wrong recipient class", List.of(courtConsent(asIs)), List.of(),
                toCourt(r -> r.recipientClass = RecipientClass.PROBATION_PAROLE), false, null, "class COURT"),
            Arguments.of("recipient name matched without case or spacing", List.of(courtConsent(asIs)), List.of(),
                toCourt(r -> r.recipientName = "  franklin county  recovery COURT "), true, "c1", null),
            Arguments.of("wrong purpose", List.of(courtConsent(asIs)), List.of(),
                toCourt(r -> r.purpose = DisclosurePurpose.TREATMENT), false, null, "is for CRIMINAL_JUSTICE_MONITORING"),
            Arguments.of("§2.35 after its expiry event", List.of(courtConsent(c -> c.endedOn = TODAY.minusDays(1))), List.of(),
                toCourt(same), false, null, "ended on " + TODAY.minusDays(1) + " (End of probation)"),
            // the second review's: recorded as ended today, it allowed reports for the rest of the day
            Arguments.of("§2.35 on the day of its expiry event", List.of(courtConsent(c -> c.endedOn = TODAY)), List.of(),
                toCourt(same), false, null, "ended on " + TODAY + " (End of probation)"),
            Arguments.of("§2.35 made revocable by sentencing stays in force",
                List.of(courtConsent(c -> c.revocabilityEventOn = TODAY.minusDays(30))), List.of(), toCourt(same), true, "c1",
                null),
            Arguments.of("not yet signed", List.of(courtConsent(c -> c.signedOn = TODAY.plusDays(1))), List.of(),
                toCourt(same), false, null, "not in effect"),
            Arguments.of("another program may disclose", List.of(courtConsent(c -> c.disclosingProgram = "Other Clinic")),
                List.of(), toCourt(same), false, null, "permits Other Clinic"),
            Arguments.of("no category in common", List.of(courtConsent(c -> c.categories = List.of("HOUSING"))), List.of(),
                toCourt(same), false, null, "none of"),
            Arguments.of("court order without consent", List.of(), List.of(order(o -> { })), toCourt(same), true, null, null),
            Arguments.of("court order when the consent was revoked",
                List.of(courtConsent(c -> { c.irrevocableUntilEvent = null; c.revokedOn = TODAY.minusDays(1); })),
                List.of(order(o -> { })), toCourt(same), true, null, null),
            Arguments.of("expired court order", List.of(), List.of(order(o -> o.expiresOn = TODAY.minusDays(1))),
                toCourt(same), false, null, "expired on"),
            Arguments.of("court order for another court", List.of(), List.of(order(o -> o.recipientName = "Circuit Court")),
                toCourt(same), false, null, "names the recipient"),
            Arguments.of("unapproved court order", List.of(), List.of(order(o -> o.status = CourtOrderStatus.PENDING_APPROVAL)),
                toCourt(same), false, null, "not approved yet"),
            Arguments.of("rejected court order", List.of(), List.of(order(o -> o.status = CourtOrderStatus.REJECTED)),
                toCourt(same), false, null, "was rejected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMatrix(String name, List<ConsentDirective> consents, List<CourtOrder> orders, DisclosureRequest request,
            boolean allowed, String consentId, String reasonPart) {
        DisclosureDecision d = ConsentRules.decide(request, TODAY, consents, orders, List.of(), PROGRAM, false);
        assertEquals(allowed, d.allowed, name + ": " + d.reason);
        if (allowed) {
            assertEquals(consentId, d.consentId);
            assertEquals(consentId == null ? DisclosureBasis.COURT_ORDER : DisclosureBasis.CONSENT, d.basis);
            assertFalse(d.categories.isEmpty());
        } else {
            assertTrue(d.reason.contains(reasonPart), name + ": " + d.reason);
            assertTrue(d.categories.isEmpty());
            assertNull(d.basis);
        }
    }

    @Test
    void onlyTheCoveredCategoriesGoOut() {
        ConsentDirective c = courtConsent(x -> x.categories = List.of("ENROLLMENT"));
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(c), List.of(), List.of(), PROGRAM, false);
        assertTrue(d.allowed);
        assertEquals(List.of("ENROLLMENT"), d.categories);
    }

    @Test
    void theConsentCoveringMostCategoriesIsTheBasis() {
        ConsentDirective narrow = courtConsent(x -> { x.id = "narrow"; x.categories = List.of("ENROLLMENT"); });
        ConsentDirective wide = courtConsent(x -> { x.id = "wide"; x.signedOn = TODAY.minusYears(1); });
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(narrow, wide), List.of(), List.of(), PROGRAM,
                false);
        assertEquals("wide", d.consentId);
        assertEquals(List.of("ENROLLMENT", "CASE_MANAGEMENT"), d.categories);
    }

    @Test
    void statusFollowsTheDates() {
        ConsentDirective c = courtConsent(x -> { });
        assertEquals(ConsentStatus.ACTIVE, ConsentRules.status(c, TODAY));
        assertEquals(ConsentStatus.NOT_YET_EFFECTIVE, ConsentRules.status(c, c.signedOn.minusDays(1)));
        assertEquals(ConsentStatus.EXPIRED, ConsentRules.status(c, c.expiresOn.plusDays(1)));
        c.endedOn = TODAY;
        assertEquals(ConsentStatus.ENDED, ConsentRules.status(c, TODAY), "from the day of the event");
        c.revokedOn = TODAY.plusDays(1);
        assertEquals(ConsentStatus.REVOKED, ConsentRules.status(c, TODAY.plusDays(1)));
    }

    @Test
    void aCriminalJusticeConsentIsIrrevocableUntilItsEventAndThenRevocableButStillInForce() {
        ConsentDirective c = courtConsent(x -> { });
        assertTrue(ConsentRules.irrevocable(c, TODAY));
        c.revocabilityEventOn = TODAY; // sentencing
        assertFalse(ConsentRules.irrevocable(c, TODAY), "revocable from the day of the event");
        assertTrue(ConsentRules.irrevocable(c, TODAY.minusDays(1)));
        assertEquals(ConsentStatus.ACTIVE, ConsentRules.status(c, TODAY.plusDays(1)), "revocable is not ended");
        ConsentDirective general = courtConsent(x -> { x.kind = ConsentKind.GENERAL; x.irrevocableUntilEvent = null; });
        assertFalse(ConsentRules.irrevocable(general, TODAY));
    }

    @Test
    void aDateOrAnEventWhicheverComesFirstEndsIrrevocability() {
        ConsentDirective dated = courtConsent(x -> { x.irrevocableUntilEvent = null; x.irrevocableUntil = TODAY.plusDays(5); });
        assertTrue(ConsentRules.irrevocable(dated, TODAY.plusDays(4)));
        assertFalse(ConsentRules.irrevocable(dated, TODAY.plusDays(5)));
        ConsentDirective both = courtConsent(x -> { x.irrevocableUntil = TODAY.plusDays(5); x.revocabilityEventOn = TODAY; });
        assertFalse(ConsentRules.irrevocable(both, TODAY), "the event came first");
    }

    // ---- the wrong-recipient family: a disclosure must reach only the recipient its basis names ----

    static Stream<Arguments> wrongRecipients() {
        return Stream.of(
            Arguments.of("another court's liaison", List.of(courtConsent(c -> { })), List.of(),
                toCourt(r -> r.recipientName = "Other County Court"), "names the recipient"),
            Arguments.of("a nameless consent and a liaison", List.of(courtConsent(c -> {
                c.recipientClass = RecipientClass.PROBATION_PAROLE;
                c.recipientName = null;
            })), List.of(), toCourt(r -> { r.recipientClass = RecipientClass.PROBATION_PAROLE; r.recipientName = "Other County"; }),
                "names no recipient"),
            Arguments.of("a nameless court order and a liaison", List.of(), List.of(order(o -> o.recipientName = null)),
                toCourt(r -> r.recipientName = "Any Court X-1"), "names no recipient"),
            Arguments.of("an unapproved court order", List.of(), List.of(order(o -> o.status = CourtOrderStatus.PENDING_APPROVAL)),
                toCourt(r -> { }), "not approved yet"),
            Arguments.of("a recipient class other than the consent's", List.of(courtConsent(c -> { })), List.of(),
                toCourt(r -> r.recipientClass = RecipientClass.PROBATION_PAROLE), "class COURT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongRecipients")
    void aLiaisonOfAnotherRecipientGetsNothing(String name, List<ConsentDirective> consents, List<CourtOrder> orders,
            DisclosureRequest request, String reasonPart) {
        DisclosureDecision d = ConsentRules.decide(request, TODAY, consents, orders, List.of(), PROGRAM, true);
        assertFalse(d.allowed, name);
        assertTrue(d.reason.contains(reasonPart), name + ": " + d.reason);
        assertTrue(d.categories.isEmpty());
    }

    @Test
    void aNamelessBasisStillServesStaffWhoNameTheRecipient() {
        ConsentDirective nameless = courtConsent(c -> { c.kind = ConsentKind.GENERAL; c.irrevocableUntilEvent = null;
            c.recipientName = null; });
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(nameless), List.of(), List.of(), PROGRAM,
                false);
        assertTrue(d.allowed, d.reason);
        assertFalse(d.basisNamedRecipient, "its disclosures are listed for review");
    }

    // ---- §2.26 restrictions ----

    static org.missioncj.consent.api.dto.ConsentRestriction restriction(Consumer<org.missioncj.consent.api.dto.ConsentRestriction> f) {
        org.missioncj.consent.api.dto.ConsentRestriction x = new org.missioncj.consent.api.dto.ConsentRestriction();
        x.categories = List.of("CASE_MANAGEMENT");
        x.requestedOn = TODAY.minusDays(5);
        x.decision = org.missioncj.consent.api.dto.RestrictionDecision.AGREED;
        f.accept(x);
        return x;
    }

    @Test
    void anAgreedRestrictionWithholdsItsCategories() {
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(courtConsent(c -> { })), List.of(),
                List.of(restriction(x -> { })), PROGRAM, false);
        assertTrue(d.allowed);
        assertEquals(List.of("ENROLLMENT"), d.categories);
    }

    @Test
    void aRestrictionOfEverythingTheBasisCoversDenies() {
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(courtConsent(c -> { })), List.of(),
                List.of(restriction(x -> x.categories = List.of("ENROLLMENT", "CASE_MANAGEMENT"))), PROGRAM, false);
        assertFalse(d.allowed);
        assertTrue(d.reason.contains("§2.26"), d.reason);
    }

    @Test
    void aRestrictionOnlyActsForItsRecipientPurposeAndDays() {
        List<ConsentDirective> consent = List.of(courtConsent(c -> { }));
        List<org.missioncj.consent.api.dto.ConsentRestriction> others = List.of(
            restriction(x -> x.recipientClass = RecipientClass.HEALTH_PLAN),
            restriction(x -> x.purpose = DisclosurePurpose.TREATMENT),
            restriction(x -> x.decision = org.missioncj.consent.api.dto.RestrictionDecision.DECLINED),
            restriction(x -> x.endedOn = TODAY),
            restriction(x -> x.requestedOn = TODAY.plusDays(1)),
            restriction(x -> { x.recipientClass = RecipientClass.COURT; x.recipientName = "Another Court"; }));
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, consent, List.of(), others, PROGRAM, false);
        assertEquals(List.of("ENROLLMENT", "CASE_MANAGEMENT"), d.categories);
        DisclosureDecision theCourt = ConsentRules.decide(toCourt(r -> { }), TODAY, consent, List.of(),
                List.of(restriction(x -> { x.recipientClass = RecipientClass.COURT; x.recipientName = COURT; })), PROGRAM, false);
        assertEquals(List.of("ENROLLMENT"), theCourt.categories);
    }
}
