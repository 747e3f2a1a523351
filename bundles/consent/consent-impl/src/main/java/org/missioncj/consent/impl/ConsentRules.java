package org.missioncj.consent.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.missioncj.consent.api.dto.ConsentDirective;
import org.missioncj.consent.api.dto.ConsentKind;
import org.missioncj.consent.api.dto.ConsentRestriction;
import org.missioncj.consent.api.dto.ConsentStatus;
import org.missioncj.consent.api.dto.CourtOrder;
import org.missioncj.consent.api.dto.CourtOrderStatus;
import org.missioncj.consent.api.dto.DisclosureBasis;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.RecipientClass;
import org.missioncj.consent.api.dto.RestrictionDecision;

/**
 * The disclosure rules of 42 CFR Part 2 as this program applies them, as plain functions of the
 * records and the day: a consent or an approved court order allows a disclosure when it is in
 * force that day and covers the recipient, the purpose and at least one of the categories asked
 * for that no agreed restriction of the participant (§2.26) withholds.
 */
final class ConsentRules {
    private ConsentRules() {
    }

    /** A consent's status on a day, from its dates (a revocation counts from the day it was received). */
    static ConsentStatus status(ConsentDirective c, LocalDate day) {
        if (c.revokedOn != null && !day.isBefore(c.revokedOn)) {
            return ConsentStatus.REVOKED;
        }
        if (c.signedOn.isAfter(day)) {
            return ConsentStatus.NOT_YET_EFFECTIVE;
        }
        if (c.endedOn != null && !day.isBefore(c.endedOn)) {
            return ConsentStatus.ENDED;
        }
        if (c.expiresOn != null && day.isAfter(c.expiresOn)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    /**
     * Whether the participant may not revoke the consent on the day: a §2.35 consent that names a date
     * or an event until which it is irrevocable, before that date and before that event was recorded
     * (whichever comes first ends it). Expiry is a different matter: a revocable consent stays in force.
     */
    static boolean irrevocable(ConsentDirective c, LocalDate day) {
        if (c.kind != ConsentKind.CRIMINAL_JUSTICE || (c.irrevocableUntil == null && c.irrevocableUntilEvent == null)) {
            return false;
        }
        boolean dateCame = c.irrevocableUntil != null && !day.isBefore(c.irrevocableUntil);
        boolean eventCame = c.revocabilityEventOn != null && !day.isBefore(c.revocabilityEventOn);
        return !dateCame && !eventCame;
    }

    /** Whether an agreed restriction is in force on the day. */
    static boolean inForce(ConsentRestriction r, LocalDate day) {
        return r.decision == RestrictionDecision.AGREED && !r.requestedOn.isAfter(day)
                && (r.endedOn == null || day.isBefore(r.endedOn));
    }

    /**
     * @param namedRecipientRequired the request is a court liaison's: only a basis that names its
     *        recipient can allow it (a nameless one would match any liaison of the class)
     */
    static DisclosureDecision decide(DisclosureRequest request, LocalDate day, List<ConsentDirective> consents,
            List<CourtOrder> orders, List<ConsentRestriction> restrictions, String program, boolean namedRecipientRequired) {
        List<String> reasons = new ArrayList<>();
        Set<String> restricted = restricted(request, day, restrictions);
        DisclosureDecision best = null;
        for (ConsentDirective c : consents) {
            String why = consentRefusal(c, request, day, program, namedRecipientRequired);
            List<String> allowed = why == null ? allowed(request.categories, c.categories, restricted) : List.of();
            if (why == null && allowed.isEmpty()) {
                why = "covers only " + c.categories + ", which the participant restricted (§2.26)";
            }
            if (why != null) {
                reasons.add("consent " + c.id + " (signed " + c.signedOn + ") " + why);
                continue;
            }
            if (best == null || allowed.size() > best.categories.size()) {
                best = allow(DisclosureBasis.CONSENT, c.id, null, allowed, c.recipientName != null,
                        "Consent " + c.id + " signed " + c.signedOn + " allows " + allowed + " to " + describe(c.recipientClass,
                                c.recipientName) + " for " + c.purpose + ".");
            }
        }
        if (best == null) {
            for (CourtOrder o : orders) {
                String why = orderRefusal(o, request, day, namedRecipientRequired);
                List<String> allowed = why == null ? allowed(request.categories, o.categories, restricted) : List.of();
                if (why == null && allowed.isEmpty()) {
                    why = "covers only " + o.categories + ", which the participant restricted (§2.26)";
                }
                if (why != null) {
                    reasons.add("court order " + o.id + " (" + o.court + ", " + o.docketNumber + ") " + why);
                    continue;
                }
                if (best == null || allowed.size() > best.categories.size()) {
                    best = allow(DisclosureBasis.COURT_ORDER, null, o.id, allowed, o.recipientName != null,
                            "Court order " + o.docketNumber + " of " + o.court + " (" + o.orderedOn + ") allows " + allowed
                                    + " to " + describe(o.recipientClass, o.recipientName) + " for " + o.purpose + ".");
                }
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

    private static String consentRefusal(ConsentDirective c, DisclosureRequest r, LocalDate day, String program,
            boolean namedRecipientRequired) {
        switch (status(c, day)) {
            case REVOKED:
                return "was revoked from " + c.revokedOn;
            case NOT_YET_EFFECTIVE:
                return "is not in effect before " + c.signedOn;
            case ENDED:
                return "ended on " + c.endedOn + " (" + c.expiryEvent + ")";
            case EXPIRED:
                return "expired on " + c.expiresOn;
            default:
                break;
        }
        if (!sameName(c.disclosingProgram, program)) {
            return "permits " + c.disclosingProgram + " to disclose, not " + program;
        }
        String recipient = recipientRefusal(c.recipientClass, c.recipientName, r, namedRecipientRequired);
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

    private static String orderRefusal(CourtOrder o, DisclosureRequest r, LocalDate day, boolean namedRecipientRequired) {
        if (o.status != CourtOrderStatus.APPROVED) {
            return o.status == CourtOrderStatus.REJECTED ? "was rejected when its record was checked"
                    : "is not approved yet: a second person must check it against the signed order";
        }
        if (o.orderedOn.isAfter(day)) {
            return "is not in effect before " + o.orderedOn;
        }
        if (o.expiresOn != null && day.isAfter(o.expiresOn)) {
            return "expired on " + o.expiresOn;
        }
        String recipient = recipientRefusal(o.recipientClass, o.recipientName, r, namedRecipientRequired);
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

    private static String recipientRefusal(RecipientClass allowedClass, String allowedName, DisclosureRequest r,
            boolean namedRecipientRequired) {
        if (allowedClass != r.recipientClass) {
            return "names recipients of class " + allowedClass + ", not " + r.recipientClass;
        }
        if (allowedName == null) {
            return namedRecipientRequired ? "names no recipient, so it allows nothing to a court liaison" : null;
        }
        if (!sameName(allowedName, r.recipientName)) {
            return "names the recipient " + allowedName + ", not " + (r.recipientName == null ? "an unnamed one" : r.recipientName);
        }
        return null;
    }

    /** The categories that the agreed restrictions in force withhold from this recipient and purpose. */
    static Set<String> restricted(DisclosureRequest r, LocalDate day, List<ConsentRestriction> restrictions) {
        Set<String> out = new LinkedHashSet<>();
        for (ConsentRestriction x : restrictions) {
            if (!inForce(x, day)) {
                continue;
            }
            boolean recipient = x.recipientClass == null || (x.recipientClass == r.recipientClass
                    && (x.recipientName == null || sameName(x.recipientName, r.recipientName)));
            boolean purpose = x.purpose == null || x.purpose == r.purpose;
            if (recipient && purpose) {
                out.addAll(x.categories);
            }
        }
        return out;
    }

    private static List<String> allowed(List<String> asked, List<String> covered, Set<String> restricted) {
        List<String> out = covered(asked, covered);
        out.removeAll(restricted);
        return out;
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

    /** NFKC, without invisible format characters, any run of spaces (a no-break one too) as one, in lower case. */
    private static String normalize(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
        return n.replaceAll("[\\s\\p{Z}]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String describe(RecipientClass c, String name) {
        return name == null ? "any " + c : name + " (" + c + ")";
    }

    private static DisclosureDecision allow(DisclosureBasis basis, String consentId, String orderId, List<String> categories,
            boolean named, String reason) {
        DisclosureDecision d = new DisclosureDecision();
        d.allowed = true;
        d.basis = basis;
        d.consentId = consentId;
        d.courtOrderId = orderId;
        d.categories = categories;
        d.basisNamedRecipient = named;
        d.reason = reason;
        return d;
    }
}
