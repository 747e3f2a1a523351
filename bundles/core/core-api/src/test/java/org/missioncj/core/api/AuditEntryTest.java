package org.missioncj.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.missioncj.core.api.audit.AuditEntry;

/** A break-the-glass mark survives the detail a module writes after the access check (found by the attack on issue 11). */
class AuditEntryTest {
    private static AuditEntry entry() {
        return AuditEntry.of(Actor.system("test"), "curriculum", "READ", "workbook-entry");
    }

    @Test
    void aFlagStaysInFrontOfALaterDetail() {
        AuditEntry e = entry().flag("break-the-glass: covering the hearing");
        e.detail("version 4");
        assertEquals("break-the-glass: covering the hearing; version 4", e.detail);
    }

    @Test
    void aFlagKeepsTheDetailBeforeIt() {
        AuditEntry e = entry().detail("contact list").flag("break-the-glass: covering");
        assertEquals("break-the-glass: covering; contact list", e.detail);
    }

    @Test
    void appendingToTheFlaggedDetailDoesNotRepeatTheFlag() {
        AuditEntry e = entry().flag("break-the-glass: covering");
        e.detail(e.detail + "; CRISIS");
        assertEquals("break-the-glass: covering; CRISIS", e.detail);
    }
}
