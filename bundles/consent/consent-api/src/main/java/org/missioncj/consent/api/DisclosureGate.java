package org.missioncj.consent.api;


import org.missioncj.consent.api.dto.AccountingSearch;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.missioncj.consent.api.dto.EmergencyDisclosure;
import org.missioncj.consent.api.dto.UnnamedBasisDisclosure;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides whether participant information may leave the program: every
 * outbound path (court reports, adapters, exports) calls {@link #disclose} and sends only the
 * categories it returns, with its notice.
 */
@ProviderType
public interface DisclosureGate {
    /**
     * Would this disclosure be allowed today? Nothing is disclosed or recorded as a disclosure. To a
     * court liaison: only whether it would be and which categories; a refusal is one generic 403 (the
     * reasons go to the audit trail only), so that asking reveals nothing about a person.
     */
    DisclosureDecision decide(Actor actor, DisclosureRequest request);

    /**
     * Decides and, when allowed, records the disclosure (who, to whom, what, when, under which consent
     * or court order) with the §2.32 notice, in the caller's transaction if there is one. When denied,
     * throws {@link org.missioncj.core.api.ForbiddenException} with the reason, and records the refusal
     * in the audit trail.
     *
     * @param description what goes out, e.g. "Court progress report 2026-10-01 to 2026-10-31"
     */
    Disclosure disclose(Actor actor, DisclosureRequest request, String description);

    /** One recorded disclosure. */
    Disclosure get(Actor actor, String id);

    /**
     * The participant's accounting of disclosures (§2.25), newest first, for the period they ask
     * about within the last three years (default: all of those three years; dates inclusive).
     */
    Page<Disclosure> accounting(Actor actor, AccountingSearch search, PageRequest page);

    /** Records a disclosure made in a medical emergency (§2.51); it is part of the accounting. */
    Disclosure recordEmergency(Actor actor, EmergencyDisclosure emergency);

    /**
     * The disclosures a site must review: made under a consent or court order that named no recipient,
     * or recorded with no recipient's name, newest first. Program admins and privacy officers.
     */
    Page<UnnamedBasisDisclosure> unnamedBasisReview(Actor actor, PageRequest page);

    /** The notice that accompanies every disclosure (42 CFR §2.32). */
    String notice();
}
