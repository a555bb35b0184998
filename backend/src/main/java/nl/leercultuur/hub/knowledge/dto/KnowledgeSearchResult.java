package nl.leercultuur.hub.knowledge.dto;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnowledgeItemPage", description = "A page of knowledge items with facet counts under the current filters.")
public record KnowledgeSearchResult(
        @Schema(maxItems = 100, required = true) List<KnowledgeItemSummaryDto> items,
        @Schema(minimum = "0", maximum = "100000", required = true) int page,
        @Schema(minimum = "1", maximum = "100", required = true) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true) long totalItems,
        @Schema(minimum = "0", maximum = "2147483647", required = true) int totalPages,
        @Schema(required = true) Facets facets,
        @Schema(maxLength = 30, required = true, description = "The sort applied, as `sort` accepts it", examples = "relevance")
        String sort,
        @Schema(maxItems = 5, required = true, description = "The sort keys valid for this search: relevance only with search words")
        List<@Size(max = 30) String> sortOptions) {

    @Schema(name = "KnowledgeFacets", description = "Counts per value. Each facet applies every active filter except its own, "
            + "so the other values of a facet you filter on keep their counts.")
    public record Facets(
            @Schema(maxItems = 10, required = true) List<FacetValue> type,
            @Schema(maxItems = 1000, required = true) List<FacetValue> theme,
            @Schema(maxItems = 3, required = true) List<FacetValue> learningForm,
            @Schema(maxItems = 1000, required = true) List<FacetValue> year) {
    }

    @Schema(name = "FacetValue")
    public record FacetValue(@Schema(required = true, maxLength = 100) String value,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long count) {
    }
}
