package org.missioncj.consent.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.UnnamedBasisDisclosure;
import org.missioncj.core.api.shell.MissionCommand;

/**
 * Lists the disclosures a site must review after the 0.2 fix: made under a consent or court order
 * that named no recipient (a court liaison of another organization could receive them), or
 * recorded without a recipient's name. Each listed record's read is audited.
 */
@Service
@Command(scope = "mission", name = "disclosure-review",
        description = "Lists disclosures made under a consent or court order that named no recipient, for review")
public class DisclosureReviewCommand extends MissionCommand {
    @Reference
    DisclosureGate gate;

    @Override
    public Object execute() {
        ShellTable table = table("Disclosed at", "Participant", "Disclosed by", "Liaison", "Recipient", "Basis", "Why listed");
        long total = eachPage(page -> gate.unnamedBasisReview(actor(), page), (UnnamedBasisDisclosure u) -> {
            Disclosure d = u.disclosure;
            table.addRow().addContent(d.disclosedAt, d.participantId, d.disclosedBy, u.disclosedByLiaison ? "yes" : "",
                    (d.recipientName == null ? "(no name)" : d.recipientName) + " (" + d.recipientClass + ")",
                    d.consentId != null ? "consent " + d.consentId : "court order " + d.courtOrderId, u.reason);
        });
        print(table);
        out().println(total + " disclosures to review (docs/consent.md, \"What changed in 0.2\").");
        return null;
    }
}
