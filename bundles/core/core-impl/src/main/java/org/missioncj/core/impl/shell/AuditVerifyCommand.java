package org.missioncj.core.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.audit.AuditVerification;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "audit-verify",
        description = "Seals pending audit records and verifies the audit chain and its witness; reports the first broken link")
public class AuditVerifyCommand extends MissionCommand {
    @Reference
    AuditService audit;

    @Override
    public Object execute() {
        AuditVerification v = audit.verify(actor());
        if (v.intact) {
            out().println("Audit chain intact: " + v.checked + " sealed records checked in " + v.blocks
                    + " blocks, " + v.unsealed + " not sealed yet, " + v.gaps + " unused ids (inserts that rolled back)."
                    + " Witness: " + v.witness + ".");
        } else {
            out().println("AUDIT CHAIN BROKEN at position " + v.brokenAtSeq
                    + (v.brokenRecordId == null ? "" : " (record " + v.brokenRecordId + ")") + ": " + v.reason
                    + ". Records checked before it: " + v.checked + ".");
        }
        return null;
    }
}
