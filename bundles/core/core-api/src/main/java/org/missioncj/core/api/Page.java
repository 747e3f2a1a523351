package org.missioncj.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One page of a list with its totals; the JSON shape of every list the API returns.
 *
 * <p>Totals are counted up to {@link #COUNT_CAP}: a list with more items says {@code totalItems}
 * {@value #COUNT_CAP} and {@code totalCapped} true ("at least"), so no list pays for counting millions of
 * rows. A list's count query takes the capped form: {@link #COUNT_OPEN} + its {@code FROM ... WHERE ...} +
 * {@link #COUNT_CLOSE}. Lists that page by key ({@link PageRequest#after()}) give the cursor of the next page in
 * {@code next}.
 */
public final class Page<T> {
    /** Counts stop after this many items. */
    public static final int COUNT_CAP = 10_000;
    /** The start of a capped count: {@code COUNT_OPEN + "FROM t WHERE ..." + COUNT_CLOSE}. */
    public static final String COUNT_OPEN = "SELECT COUNT(*) FROM (SELECT 1 AS one ";
    /** The end of a capped count (one row past the cap, so that "more than the cap" shows). */
    public static final String COUNT_CLOSE = " FETCH FIRST " + (COUNT_CAP + 1) + " ROWS ONLY) capped";

    public List<T> items;
    public int page;
    public int size;
    /** The number of items, or {@link #COUNT_CAP} when {@link #totalCapped}. */
    public long totalItems;
    public long totalPages;
    /** True when the list has more than {@link #COUNT_CAP} items: the totals are a lower bound. */
    public boolean totalCapped;
    /** For lists paged by key: the {@code after} of the next page, or null on the last page. */
    public String next;

    public Page() {
    }

    /** A page of a list with {@code totalItems} items; a total over {@link #COUNT_CAP} is capped. */
    public Page(List<T> items, PageRequest request, long totalItems) {
        this.items = items;
        this.page = request.page();
        this.size = request.size();
        this.totalCapped = totalItems > COUNT_CAP;
        this.totalItems = Math.min(totalItems, COUNT_CAP);
        this.totalPages = (this.totalItems + request.size() - 1) / request.size();
    }

    /**
     * One page read the way every list reads it: the total first (capped, see {@link #COUNT_OPEN}), then the
     * page's items (not queried when the page lies beyond an exact total).
     */
    public static <T> Page<T> read(PageRequest request, LongSupplier total, Supplier<List<T>> items) {
        long count = total.getAsLong();
        List<T> page = count <= request.offset() && count <= COUNT_CAP ? new ArrayList<>() : items.get();
        return new Page<>(page, request, count);
    }

    /**
     * One page of a list paged by key: {@code items} reads the page after {@code request.after()} (or the first)
     * and {@code key} gives an item's cursor, which must not reveal the item (an id, not a name or a date).
     * {@code next} is the last item's key when the page is full.
     */
    public static <T> Page<T> keyed(PageRequest request, LongSupplier total, Supplier<List<T>> items,
            Function<T, String> key) {
        Page<T> p = new Page<>(items.get(), request, total.getAsLong());
        if (p.items.size() == request.size()) {
            p.next = key.apply(p.items.get(p.items.size() - 1));
        }
        return p;
    }

    /**
     * Every item of a list, read a page at a time (the largest page size), each given to {@code item}:
     * for jobs and console commands that go through a whole list. Returns the number of items read.
     */
    public static <T> long each(Function<PageRequest, Page<T>> read, Consumer<T> item) {
        int page = 0;
        long count = 0;
        while (true) {
            Page<T> result = read.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            result.items.forEach(item);
            count += result.items.size();
            // a capped total is a lower bound: go on while pages come back full
            boolean more = ++page < result.totalPages || (result.totalCapped && result.items.size() == result.size);
            if (!more || Thread.currentThread().isInterrupted()) {
                return count;
            }
        }
    }

    public <R> Page<R> map(Function<T, R> f) {
        Page<R> p = new Page<>();
        p.items = items.stream().map(f).collect(Collectors.toList());
        p.page = page;
        p.size = size;
        p.totalItems = totalItems;
        p.totalPages = totalPages;
        p.totalCapped = totalCapped;
        p.next = next;
        return p;
    }
}
