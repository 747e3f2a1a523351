package org.missioncj.core.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.missioncj.core.api.ConsoleActor;
import org.missioncj.core.api.audit.AuditService;

@Service
@Command(scope = "mission", name = "audit-key-rotate",
        description = "Adds a new key to etc/mission-audit.keys and seals audit blocks with it from now on")
public class AuditKeyRotateCommand implements Action {
    @Reference
    Session session;

    @Reference
    AuditService audit;

    @Override
    public Object execute() {
        String id = audit.rotateSealKey(ConsoleActor.current());
        session.getConsole().println("Audit blocks are sealed with key " + id + " from now on. Keep the older keys in the"
                + " file for as long as the blocks they sealed are kept; copy the file to every node of a cluster.");
        return null;
    }
}
