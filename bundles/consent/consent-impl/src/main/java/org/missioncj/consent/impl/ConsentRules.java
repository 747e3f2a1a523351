package org.missioncj.consent.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentStatus;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;

/**
 * The disclosure rules of 42 CFR Part 2 as this program applies them, as plain functions of the
 * records and the day: a consent or court order allows a disclosure when it is in force that day
 * and covers the recipient, the purpose and at least one of the categories asked for.
 */
final class ConsentRules {
    private ConsentRules() {
    }

    /** A consent's status on a day, from its dates (a revocation or end event counts from its day on). */
    static ConsentStatus status(ConsentDirective c, LocalDate day) {
        if (c.revokedOn != null && !day.isBefore(c.revokedOn)) {
            return ConsentStatus.REVOKED;
        }
        if (c.signedOn.isAfter(day)) {
            return ConsentStatus.NOT_YET_EFFECTIVE;
        }
        if (c.endedOn != null && day.isAfter(c.endedOn)) {
            return ConsentStatus.ENDED;
        }
        if (c.expiresOn != null && day.isAfter(c.expiresOn)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    /** Whether the participant may revoke the consent now: a §2.35 consent not until its case or supervision ended. */
    static boolean irrevocable(ConsentDirective c, LocalDate day) {
        return c.kind == ConsentKind.CRIMINAL_JUSTICE && c.irrevocableUntilEvent != null
                && (c.endedOn == null || !day.isAfter(c.endedOn));
    }

    static DisclosureDecision decide(DisclosureRequest request, LocalDate day, List<ConsentDirective> consents,
            List<CourtOrder> orders, String program) {
        List<String> reasons = new ArrayList<>();
        DisclosureDecision best = null;
        for (ConsentDirective c : consents) {
            String why = consentRefusal(c, request, day, program);
            if (why != null) {
                reasons.add("consent " + c.id + " (signed " + c.signedOn + ") " + why);
                continue;
            }
            List<String> covered = covered(request.categories, c.categories);
            if (best == null || covered.size() > best.categories.size()) {
                best = allow(DisclosureBasis.CONSENT, c.id, null, covered,
                        "Consent " + c.id + " signed " + c.signedOn + " allows " + covered + " to " + describe(c.recipientClass,
                                c.recipientName) + " for " + c.purpose + ".");
            }
        }
        if (best != null) {
            return best;
        }
        for (CourtOrder o : orders) {
            String why = orderRefusal(o, request, day);
            if (why != null) {
                reasons.add("court order " + o.id + " (" + o.court + ", " + o.docketNumber + ") " + why);
                continue;
            }
            List<String> covered = covered(request.categories, o.categories);
            if (best == null || covered.size() > best.categories.size()) {
                best = allow(DisclosureBasis.COURT_ORDER, null, o.id, covered,
                        "Court order " + o.docketNumber + " of " + o.court + " (" + o.orderedOn + ") allows " + covered
                                + " to " + describe(o.recipientClass, o.recipientName) + " for " + o.purpose + ".");
            }
        }
        if (best != null) {
            return best;
        }
        DisclosureDecision deny = new DisclosureDecision();
        deny.allowed = false;
        deny.categories = List.of();
        deny.reason = reasons.isEmpty()
                ? "No consent or court order is on record for this participant: nothing may be disclosed."
                : "No consent or court order allows this disclosure: " + String.join("; ", reasons) + ".";
        return deny;
    }

    private static String consentRefusal(ConsentDirective c, DisclosureRequest r, LocalDate day, String program) {
        switch (status(c, day)) {
            case REVOKED:
                return "was revoked on " + c.revokedOn;
            case NOT_YET_EFFECTIVE:
                return "is not in effect before " + c.signedOn;
            case ENDED:
                return c.kind == ConsentKind.CRIMINAL_JUSTICE
                        ? "ended with the case or supervision on " + c.endedOn
                        : "ended on " + c.endedOn + " (" + c.expiryEvent + ")";
            case EXPIRED:
                return "expired on " + c.expiresOn;
            default:
                break;
        }
        if (!sameName(c.disclosingProgram, program)) {
            return "permits " + c.disclosingProgram + " to disclose, not " + program;
        }
        String recipient = recipientRefusal(c.recipientClass, c.recipientName, r);
        if (recipient != null) {
            return recipient;
        }
        if (c.purpose != r.purpose) {
            return "is for " + c.purpose + ", not " + r.purpose;
        }
        if (covered(r.categories, c.categories).isEmpty()) {
            return "covers " + c.categories + ", none of " + r.categories;
        }
        return null;
    }

    private static String orderRefusal(CourtOrder o, DisclosureRequest r, LocalDate day) {
        if (o.orderedOn.isAfter(day)) {
            return "is not in effect before " + o.orderedOn;
        }
        if (o.expiresOn != null && day.isAfter(o.expiresOn)) {
            return "expired on " + o.expiresOn;
        }
        String recipient = recipientRefusal(o.recipientClass, o.recipientName, r);
        if (recipient != null) {
            return recipient;
        }
        if (o.purpose != r.purpose) {
            return "is for " + o.purpose + ", not " + r.purpose;
        }
        if (covered(r.categories, o.categories).isEmpty()) {
            return "covers " + o.categories + ", none of " + r.categories;
        }
        return null;
    }

    private static String recipientRefusal(RecipientClass allowedClass, String allowedName, DisclosureRequest r) {
        if (allowedClass != r.recipientClass) {
            return "names recipients of class " + allowedClass + ", not " + r.recipientClass;
        }
        if (allowedName != null && !sameName(allowedName, r.recipientName)) {
            return "names the recipient " + allowedName + ", not " + (r.recipientName == null ? "an unnamed one" : r.recipientName);
        }
        return null;
    }

    /** The categories asked for that the basis covers, in the order asked. */
    static List<String> covered(List<String> asked, List<String> allowed) {
        Set<String> out = new LinkedHashSet<>(asked);
        out.retainAll(allowed);
        return new ArrayList<>(out);
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String describe(RecipientClass c, String name) {
        return name == null ? "any " + c : name + " (" + c + ")";
    }

    private static DisclosureDecision allow(DisclosureBasis basis, String consentId, String orderId, List<String> categories,
            String reason) {
        DisclosureDecision d = new DisclosureDecision();
        d.allowed = true;
        d.basis = basis;
        d.consentId = consentId;
        d.courtOrderId = orderId;
        d.categories = categories;
        d.reason = reason;
        return d;
    }
}
