package org.missioncj.linkage.impl;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.missioncj.linkage.api.dto.DirectoryFormat;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsJson;
import org.missioncj.linkage.impl.hsds.HsdsValidator;
import org.missioncj.testkit.TestActors;
import org.missioncj.testkit.TestPlatform;

/**
 * The linkage module's directory on the test kit's platform, on the benchmark's DataSource, started from its own
 * {@code Mission-Module} header (migrations and mappers as Karaf runs them). It lives in
 * {@code org.missioncj.linkage.impl} to reach the import's writer and to record the rows it writes, so that the raw
 * JDBC side inserts exactly those rows; outside OSGi nothing stops that.
 */
public final class LinkageBench {
    /** One row the import writes: the mapper statement and its arguments. */
    public static final class Row {
        public final String statement;
        public final Object[] args;

        Row(String statement, Object[] args) {
            this.statement = statement;
            this.args = args;
        }
    }

    /** A file read and checked (the import's work before its transaction). */
    public static final class Checked {
        final DirectoryWriter.Prepared prepared;

        Checked(DirectoryWriter.Prepared prepared) {
            this.prepared = prepared;
        }
    }

    private final TestPlatform platform;
    private final DirectoryServiceImpl directory;
    private final org.missioncj.core.api.module.ModuleSupport linkage;

    public LinkageBench(DataSource dataSource, Clock clock) {
        platform = new TestPlatform(dataSource, clock);
        linkage = platform.module(LinkageSettings.class);
        directory = new DirectoryServiceImpl(linkage);
    }

    /** A: the whole import as a program admin calls it: read, check, write the records and the search tables. */
    public DirectoryImport importFile(byte[] json) {
        return directory.importDirectory(TestActors.ADMIN, DirectoryFormat.JSON, new ByteArrayInputStream(json));
    }

    /** The file read and checked, ready for {@link #write} (what A does before its transaction). */
    public static Checked prepare(byte[] json) {
        HsdsDataset d = HsdsJson.read(new ByteArrayInputStream(json));
        List<org.missioncj.linkage.impl.hsds.HsdsProblem> problems = new ArrayList<>(HsdsValidator.validate(d));
        DirectoryWriter.Prepared p = DirectoryWriter.prepare(d, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the generated file is not valid: " + problems.get(0));
        }
        return new Checked(p);
    }

    /** A': the import's transaction alone, on a file read and checked before. */
    public DirectoryImport write(Checked file) {
        Instant now = linkage.now();
        return linkage.work(tx -> new DirectoryWriter(tx, now).write(file.prepared, "bench"));
    }

    /**
     * Every row an import of the file into an empty directory writes, in its order: the records (with their content
     * and hash), then the search tables' rows, recorded from the same code the import runs.
     */
    public static List<Row> rows(Checked checked, Instant now) {
        DirectoryWriter.Prepared file = checked.prepared;
        List<Row> rows = new ArrayList<>();
        for (DirectoryWriter.Item item : file.items) {
            rows.add(new Row("insertRecord", new Object[] {item.table.hsdsName(), item.id, item.content, item.hash, now}));
        }
        LinkageMapper recorder = (LinkageMapper) Proxy.newProxyInstance(LinkageMapper.class.getClassLoader(),
                new Class<?>[] {LinkageMapper.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("insert")) {
                        rows.add(new Row(name, args.length == 1 && args[0] instanceof LinkageMapper.LinkRow
                                ? link((LinkageMapper.LinkRow) args[0]) : args));
                    }
                    return method.getReturnType() == int.class ? 0 : method.getReturnType() == List.class
                            ? new ArrayList<>() : null;
                });
        new SearchTables(recorder, recorder).rebuild(file.dataset);
        return rows;
    }

    private static Object[] link(LinkageMapper.LinkRow l) {
        return new Object[] {l.serviceId, l.tableName, l.recordId};
    }

    /** The search rows' fields, for the raw JDBC side. */
    public static Object[] serviceRow(Object arg) {
        LinkageMapper.ServiceRow r = (LinkageMapper.ServiceRow) arg;
        return new Object[] {r.id, r.organizationId, r.organizationName, r.name, r.nameKey, r.status, r.description,
            r.retiredAt};
    }

    public static Object[] valueRow(Object arg) {
        LinkageMapper.ServiceValue v = (LinkageMapper.ServiceValue) arg;
        return new Object[] {v.value, v.serviceId};
    }

    public static Object[] kindRow(Object arg) {
        LinkageMapper.ServiceKind k = (LinkageMapper.ServiceKind) arg;
        return new Object[] {k.termId, k.serviceId, k.code, k.name};
    }

    /** The organization row: its id, name, sort key and retirement. */
    public static Object[] organizationRow(Object[] args) {
        return args;
    }
}
