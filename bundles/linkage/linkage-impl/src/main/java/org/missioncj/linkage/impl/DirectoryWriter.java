package org.missioncj.linkage.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.core.api.module.Tx;
import org.missioncj.linkage.api.dto.DirectoryImport;
import org.missioncj.linkage.api.dto.TableCounts;
import org.missioncj.linkage.impl.hsds.HsdsDataset;
import org.missioncj.linkage.impl.hsds.HsdsProblem;
import org.missioncj.linkage.impl.hsds.HsdsTable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a checked HSDS file into the directory in one transaction: each record is compared with the stored one by
 * the hash of its content, so a record the file did not change is not written; what the file no longer has is
 * retired. Inserts and updates go as JDBC batches (no statement, and no commit, per row); the search tables are
 * rebuilt only when something changed.
 */
final class DirectoryWriter {
    /** The stored record's column holds this much JSON on Derby. */
    static final int MAX_CONTENT = 32_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /** A record of the file, ready to store. */
    static final class Item {
        final HsdsTable table;
        final String id;
        final String content;
        final String hash;

        Item(HsdsTable table, String id, String content, String hash) {
            this.table = table;
            this.id = id;
            this.content = content;
            this.hash = hash;
        }
    }

    /** The file, checked and ready to store. */
    static final class Prepared {
        final HsdsDataset dataset;
        final List<Item> items;

        Prepared(HsdsDataset dataset, List<Item> items) {
            this.dataset = dataset;
            this.items = items;
        }

        int size() {
            return items.size();
        }
    }

    private final Tx tx;
    private final Instant now;

    DirectoryWriter(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /** Each record as the JSON the directory keeps, and its hash; a record too long to keep is a problem. */
    static Prepared prepare(HsdsDataset dataset, List<HsdsProblem> problems) {
        List<Item> items = new ArrayList<>(dataset.size());
        MessageDigest sha = sha256();
        for (HsdsTable t : HsdsTable.values()) {
            int row = 0;
            for (Map<String, String> r : dataset.records(t)) {
                row++;
                String content = content(t, r);
                String id = r.get("id");
                if (content.length() > MAX_CONTENT) {
                    problems.add(new HsdsProblem(t.hsdsName(), id, row, null, "the record is " + content.length()
                            + " characters long as JSON; the directory keeps records of at most " + MAX_CONTENT));
                }
                items.add(new Item(t, id, content, hex(sha.digest(content.getBytes(StandardCharsets.UTF_8)))));
            }
        }
        return new Prepared(dataset, items);
    }

    /** The record's columns that have a value, in HSDS's order, as a JSON object. */
    static String content(HsdsTable table, Map<String, String> record) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String c : table.columnNames()) {
            String v = record.get(c);
            if (v != null) {
                ordered.put(c, v);
            }
        }
        try {
            return JSON.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }

    /** A stored record's columns. */
    static Map<String, String> fields(String content) {
        try {
            return JSON.readValue(content, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored directory record is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    DirectoryImport write(Prepared file, String by) {
        LinkageMapper m = tx.mapper(LinkageMapper.class);
        m.lockDirectory(now, by);
        Map<String, LinkageMapper.RecordRow> stored = new HashMap<>();
        for (LinkageMapper.RecordRow r : m.recordKeys()) {
            stored.put(key(r.tableName, r.id), r);
        }
        Map<HsdsTable, TableCounts> counts = new EnumMap<>(HsdsTable.class);
        for (HsdsTable t : HsdsTable.values()) {
            TableCounts c = new TableCounts();
            c.table = t.hsdsName();
            counts.put(t, c);
        }
        List<LinkageMapper.RecordRow> inserts = new ArrayList<>();
        List<LinkageMapper.RecordRow> updates = new ArrayList<>();
        for (Item item : file.items) {
            TableCounts c = counts.get(item.table);
            c.records++;
            LinkageMapper.RecordRow old = stored.remove(key(item.table.hsdsName(), item.id));
            if (old != null && old.contentHash.equals(item.hash) && old.retiredAt == null) {
                c.unchanged++;
                continue;
            }
            LinkageMapper.RecordRow row = new LinkageMapper.RecordRow();
            row.tableName = item.table.hsdsName();
            row.id = item.id;
            row.content = item.content;
            row.contentHash = item.hash;
            row.updatedAt = now;
            if (old == null) {
                inserts.add(row);
                c.added++;
            } else {
                updates.add(row);
                c.updated++;
            }
        }
        // each statement's rows together: a batch reuses its prepared statement only while the same one repeats
        LinkageMapper batch = tx.batchMapper(LinkageMapper.class);
        inserts.forEach(batch::insertRecord);
        updates.forEach(batch::updateRecord);
        for (LinkageMapper.RecordRow gone : stored.values()) {
            if (gone.retiredAt == null) {
                batch.retireRecord(gone.tableName, gone.id, now);
                HsdsTable.named(gone.tableName).map(counts::get).ifPresent(c -> c.retired++);
            }
        }
        DirectoryImport result = new DirectoryImport();
        result.tables = new ArrayList<>(counts.values());
        result.changed = result.tables.stream().anyMatch(c -> c.added + c.updated + c.retired > 0);
        if (result.changed) {
            tx.flush();
            new SearchTables(m, batch).rebuild(file.dataset);
        }
        return result;
    }

    private static String key(String table, String id) {
        return table + '\u0000' + id;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return s.toString();
    }
}
