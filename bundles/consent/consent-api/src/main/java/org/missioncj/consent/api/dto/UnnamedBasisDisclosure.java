package org.missioncj.consent.api.dto;

/**
 * A disclosure a site must review: made under a consent or court order that named no recipient, or
 * recorded without a recipient's name (the defect fixed in 0.2: docs/consent.md).
 */
public class UnnamedBasisDisclosure {
    public Disclosure disclosure;
    /** Who disclosed, and whether that account is a court liaison now (for records made before roles were kept). */
    public boolean disclosedByLiaison;
    public String reason;
}
