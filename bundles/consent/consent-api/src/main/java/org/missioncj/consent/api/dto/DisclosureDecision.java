package org.missioncj.consent.api.dto;

import java.util.List;

/** The disclosure gate's answer: allowed (and under what) or denied (and why). */
public class DisclosureDecision {
    public boolean allowed;
    public DisclosureBasis basis;
    public String consentId;
    public String courtOrderId;
    /** The categories that may go out: those asked for that the basis covers. */
    public List<String> categories;
    /** Whether the consent or order behind an allowed disclosure names its recipient. */
    public Boolean basisNamedRecipient;
    /** Why it is allowed or, when denied, why not, in words a person can act on. */
    public String reason;
}
