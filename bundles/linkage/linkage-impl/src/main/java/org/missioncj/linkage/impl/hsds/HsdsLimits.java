package org.missioncj.linkage.impl.hsds;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * How much a directory file may hold, so that a file built to exhaust the server (a small zip that expands to gigabytes,
 * a field of a billion characters, millions of tiny rows) is refused with a reason instead of running the Java heap out
 * of memory, which would leave the whole platform unable to answer. The byte and record limits follow the heap the
 * server runs with ({@code MISSION_HEAP}): a sixth of it in bytes read (uncompressed), and one record per 5 KiB of it.
 */
public final class HsdsLimits {
    /** The longest field: a stored record holds at most 32,000 characters of JSON. */
    public static final int MAX_FIELD = 32_000;
    static final long MIB = 1024L * 1024;
    /**
     * Heap per record an import may take: it holds the file's records, their stored JSON and the search rows at once.
     * Measured: 20,000 services (about 160,000 records) import with a 768 MiB heap and 30,000 do not; 50,000 do with
     * 2 GiB (benchmarks/hsds-import, ONCE=1).
     */
    static final long RECORD_BYTES = 5 * 1024;

    private final long maxBytes;
    private final int maxRecords;

    public HsdsLimits(long maxBytes, int maxRecords) {
        this.maxBytes = maxBytes;
        this.maxRecords = maxRecords;
    }

    /** The limits for this JVM's heap. */
    public static HsdsLimits forHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        return new HsdsLimits(Math.min(1024 * MIB, heap / 6), (int) Math.min(4_000_000L, heap / RECORD_BYTES));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRecords() {
        return maxRecords;
    }

    /** Refuses the file once the dataset holds {@link #maxRecords} records. */
    void checkRecords(HsdsDataset dataset) {
        if (dataset.size() >= maxRecords) {
            throw new HsdsFormatException(List.of(HsdsProblem.ofFile("the file has more than " + maxRecords
                    + " records, more than this server takes at once (the limit follows its heap, MISSION_HEAP)")));
        }
    }

    /** The stream, refused once more than {@link #maxBytes} have been read from it (uncompressed, for a zip's entries). */
    InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            @Override
            public void close() {
                // the caller's stream stays open
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw new HsdsFormatException(List.of(HsdsProblem.ofFile("the file holds more than "
                            + maxBytes / MIB + " MiB of data (uncompressed), more than this server takes at once (the "
                            + "limit follows its heap, MISSION_HEAP)")));
                }
            }
        };
    }
}
