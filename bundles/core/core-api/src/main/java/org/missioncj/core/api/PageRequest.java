package org.missioncj.core.api;

/** A zero-based page of a list. Size is capped so no caller can ask for a whole table. */
public final class PageRequest {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private final int page;
    private final int size;
    private final String after;

    private PageRequest(int page, int size, String after) {
        this.page = page;
        this.size = size;
        this.after = after;
    }

    /** Validates {@code page} (0 or more) and {@code size} (1 to {@value #MAX_SIZE}); null means default. */
    public static PageRequest of(Integer page, Integer size) {
        Validator v = new Validator();
        v.check(page == null || page >= 0, "page", "must be 0 or more");
        v.check(size == null || (size >= 1 && size <= MAX_SIZE), "size", "must be between 1 and " + MAX_SIZE);
        v.throwIfInvalid();
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, null);
    }

    /**
     * A page of a list paged by key: the items after the one whose key is {@code after} (a previous page's
     * {@code next}); null {@code after} is the first page. {@code page} must then be absent or 0: a list is paged
     * by number or by key, not both.
     */
    public static PageRequest of(Integer page, Integer size, String after) {
        PageRequest p = of(page, size);
        if (after == null) {
            return p;
        }
        Validator v = new Validator();
        v.check(p.page == 0, "after", "cannot be combined with page: give the previous page's next, or a page number");
        v.check(!after.isBlank() && after.length() <= 64, "after", "must be the next of a previous page");
        v.throwIfInvalid();
        return new PageRequest(0, p.size, after);
    }

    /** The key after which a page paged by key starts, or null (the first page, or paging by number). */
    public String after() {
        return after;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public long offset() {
        return (long) page * size;
    }
}
