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
        c.expiryEvent = "End of the criminal case or of supervision";
        c.irrevocableUntilEvent = "End of the criminal case or of supervision";
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
            })), List.of(), toCourt(same), false, null, "revoked on"),
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
            Arguments.of("§2.35 after case end", List.of(courtConsent(c -> c.endedOn = TODAY.minusDays(1))), List.of(),
                toCourt(same), false, null, "ended with the case"),
            Arguments.of("§2.35 on the day the case ends", List.of(courtConsent(c -> c.endedOn = TODAY)), List.of(),
                toCourt(same), true, "c1", null),
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
                toCourt(same), false, null, "names the recipient"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioMatrix(String name, List<ConsentDirective> consents, List<CourtOrder> orders, DisclosureRequest request,
            boolean allowed, String consentId, String reasonPart) {
        DisclosureDecision d = ConsentRules.decide(request, TODAY, consents, orders, PROGRAM);
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
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(c), List.of(), PROGRAM);
        assertTrue(d.allowed);
        assertEquals(List.of("ENROLLMENT"), d.categories);
    }

    @Test
    void theConsentCoveringMostCategoriesIsTheBasis() {
        ConsentDirective narrow = courtConsent(x -> { x.id = "narrow"; x.categories = List.of("ENROLLMENT"); });
        ConsentDirective wide = courtConsent(x -> { x.id = "wide"; x.signedOn = TODAY.minusYears(1); });
        DisclosureDecision d = ConsentRules.decide(toCourt(r -> { }), TODAY, List.of(narrow, wide), List.of(), PROGRAM);
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
        assertEquals(ConsentStatus.ENDED, ConsentRules.status(c, TODAY.plusDays(1)));
        c.revokedOn = TODAY.plusDays(1);
        assertEquals(ConsentStatus.REVOKED, ConsentRules.status(c, TODAY.plusDays(1)));
    }

    @Test
    void criminalJusticeConsentIsIrrevocableUntilTheCaseEnds() {
        ConsentDirective c = courtConsent(x -> { });
        assertTrue(ConsentRules.irrevocable(c, TODAY));
        c.endedOn = TODAY;
        assertTrue(ConsentRules.irrevocable(c, TODAY));
        assertFalse(ConsentRules.irrevocable(c, TODAY.plusDays(1)));
        ConsentDirective general = courtConsent(x -> { x.kind = ConsentKind.GENERAL; x.irrevocableUntilEvent = null; });
        assertFalse(ConsentRules.irrevocable(general, TODAY));
    }
}
