package org.missioncj.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One page of a list with its totals; the JSON shape of every list the API returns. */
public final class Page<T> {
    public List<T> items;
    public int page;
    public int size;
    public long totalItems;
    public long totalPages;

    public Page() {
    }

    public Page(List<T> items, PageRequest request, long totalItems) {
        this.items = items;
        this.page = request.page();
        this.size = request.size();
        this.totalItems = totalItems;
        this.totalPages = (totalItems + request.size() - 1) / request.size();
    }

    /**
     * One page read the way every list reads it: the total first, then the page's items (not queried
     * when the page lies beyond the total).
     */
    public static <T> Page<T> read(PageRequest request, LongSupplier total, Supplier<List<T>> items) {
        long count = total.getAsLong();
        List<T> page = count <= request.offset() ? new ArrayList<>() : items.get();
        return new Page<>(page, request, count);
    }

    /**
     * Every item of a list, read a page at a time (the largest page size), each given to {@code item}:
     * for jobs and console commands that go through a whole list. Returns the list's total.
     */
    public static <T> long each(Function<PageRequest, Page<T>> read, Consumer<T> item) {
        int page = 0;
        while (true) {
            Page<T> result = read.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            result.items.forEach(item);
            if (++page >= result.totalPages || Thread.currentThread().isInterrupted()) {
                return result.totalItems;
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
        return p;
    }
}
