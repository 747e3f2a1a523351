package org.missioncj.core.impl;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Role;
import org.missioncj.core.api.audit.AuditEntry;
import org.missioncj.core.api.audit.AuditedWork;

/**
 * The process {@link AuditCrashTest} kills: reads as a module does (a mapper read in a transaction, its audit
 * record through the group commit) on eight threads, and writes "ACK id" for each read once it has returned,
 * as a client receives its answer. It runs until it is killed.
 */
public final class AuditCrashChild {
    private AuditCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(args[0]);
        ds.setCreateDatabase("create");
        DatabaseComponent db = new DatabaseComponent(ds);
        AuditServiceImpl audit = new AuditServiceImpl(db);
        SqlSessionFactory f = db.sessionFactory(AuditMapper.class);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Actor reader = new Actor("crash.reader", EnumSet.of(Role.CASE_MANAGER), null);
        out.println("READY");
        for (int t = 0; t < 8; t++) {
            int thread = t;
            new Thread(() -> {
                for (long i = 0; ; i++) {
                    String id = thread + "-" + i;
                    AuditedWork.run(db, audit, AuditEntry.of(reader, "crash", "READ", "probe").resource(id),
                            tx -> DatabaseComponent.mapper(tx, f, AuditMapper.class).chainState());
                    synchronized (out) {
                        out.println("ACK " + id);
                    }
                }
            }, "reader-" + t).start();
        }
    }
}
