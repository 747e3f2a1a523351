package org.missioncj.core.api;

/** A zero-based page of a list. Size is capped so no caller can ask for a whole table. */
public final class PageRequest {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private final int page;
    private final int size;

    private PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** Validates {@code page} (0 or more) and {@code size} (1 to {@value #MAX_SIZE}); null means default. */
    public static PageRequest of(Integer page, Integer size) {
        Validator v = new Validator();
        v.check(page == null || page >= 0, "page", "must be 0 or more");
        v.check(size == null || (size >= 1 && size <= MAX_SIZE), "size", "must be between 1 and " + MAX_SIZE);
        v.throwIfInvalid();
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
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
