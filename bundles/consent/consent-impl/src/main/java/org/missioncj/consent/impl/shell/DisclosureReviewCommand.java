package org.missioncj.consent.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.missioncj.consent.api.DisclosureGate;
import org.missioncj.consent.api.dto.Disclosure;
import org.missioncj.consent.api.dto.UnnamedBasisDisclosure;
import org.missioncj.core.api.ConsoleActor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;

/**
 * Lists the disclosures a site must review after the 0.2 fix: made under a consent or court order
 * that named no recipient (a court liaison of another organization could receive them), or
 * recorded without a recipient's name. Each listed record's read is audited.
 */
@Service
@Command(scope = "mission", name = "disclosure-review",
        description = "Lists disclosures made under a consent or court order that named no recipient, for review")
public class DisclosureReviewCommand implements Action {
    @Reference
    Session session;

    @Reference
    DisclosureGate gate;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Disclosed at");
        table.column("Participant");
        table.column("Disclosed by");
        table.column("Liaison");
        table.column("Recipient");
        table.column("Basis");
        table.column("Why listed");
        int page = 0;
        long total = 0;
        while (true) {
            Page<UnnamedBasisDisclosure> result = gate.unnamedBasisReview(ConsoleActor.current(),
                    PageRequest.of(page, PageRequest.MAX_SIZE));
            total = result.totalItems;
            for (UnnamedBasisDisclosure u : result.items) {
                Disclosure d = u.disclosure;
                table.addRow().addContent(d.disclosedAt, d.participantId, d.disclosedBy, u.disclosedByLiaison ? "yes" : "",
                        (d.recipientName == null ? "(no name)" : d.recipientName) + " (" + d.recipientClass + ")",
                        d.consentId != null ? "consent " + d.consentId : "court order " + d.courtOrderId, u.reason);
            }
            if (++page >= result.totalPages) {
                break;
            }
        }
        table.print(session.getConsole());
        session.getConsole().println(total + " disclosures to review (docs/consent.md, \"What changed in 0.2\").");
        return null;
    }
}
