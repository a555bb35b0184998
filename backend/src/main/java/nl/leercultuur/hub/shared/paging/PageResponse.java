package nl.leercultuur.hub.shared.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page envelope of every list answer. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true, description = "page size") int size,
        @Schema(required = true, description = "number of items over all pages") long totalItems,
        @Schema(required = true, description = "number of pages") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = request.totalPages(totalItems);
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
