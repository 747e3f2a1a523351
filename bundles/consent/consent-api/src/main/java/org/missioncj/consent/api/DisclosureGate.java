package org.missioncj.consent.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.DisclosureDecision;
import org.missioncj.consent.api.dto.DisclosureRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that decides whether participant information may leave the program: every
 * outbound path (court reports, adapters, exports) calls {@link #disclose} and sends only the
 * categories it returns, with its notice.
 */
@ProviderType
public interface DisclosureGate {
    /** Would this disclosure be allowed today? Nothing is disclosed or recorded as a disclosure. */
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

    /** The participant's accounting of disclosures: those of the last three years, newest first. */
    Page<Disclosure> accounting(Actor actor, String participantId, PageRequest page);

    /** The notice that accompanies every disclosure (42 CFR §2.32). */
    String notice();
}
