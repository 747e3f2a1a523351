package org.missioncj.core.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.missioncj.core.api.audit.AuditService;
import org.missioncj.core.api.shell.MissionCommand;

@Service
@Command(scope = "mission", name = "audit-key-rotate",
        description = "Adds a new key to etc/mission-audit.keys and seals audit blocks with it from now on")
public class AuditKeyRotateCommand extends MissionCommand {
    @Reference
    AuditService audit;

    @Override
    public Object execute() {
        String id = audit.rotateSealKey(actor());
        out().println("Audit blocks are sealed with key " + id + " from now on. Keep the older keys in the"
                + " file for as long as the blocks they sealed are kept; copy the file to every node of a cluster.");
        return null;
    }
}
