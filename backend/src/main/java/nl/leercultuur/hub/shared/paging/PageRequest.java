package nl.leercultuur.hub.shared.paging;

/** A validated page request: 0-based page, size 1..{@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }

    /** How many pages of this size {@code totalItems} fill. */
    public int totalPages(long totalItems) {
        return pageCount(totalItems, size);
    }

    /** How many pages of {@code size} items {@code totalItems} fill. */
    public static int pageCount(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }
}
