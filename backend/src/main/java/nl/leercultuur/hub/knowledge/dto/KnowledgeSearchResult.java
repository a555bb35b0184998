package nl.leercultuur.hub.knowledge.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnowledgeItemPage", description = "A page of knowledge items with facet counts under the current filters.")
public record KnowledgeSearchResult(
        @Schema(required = true) List<KnowledgeItemSummaryDto> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(required = true) Facets facets,
        @Schema(required = true, description = "The sort applied, as `sort` accepts it", examples = "relevance")
        String sort,
        @Schema(required = true, description = "The sort keys valid for this search: relevance only with search words")
        List<String> sortOptions) {

    @Schema(name = "KnowledgeFacets", description = "Counts per value. Each facet applies every active filter except its own, "
            + "so the other values of a facet you filter on keep their counts.")
    public record Facets(
            @Schema(required = true) List<FacetValue> type,
            @Schema(required = true) List<FacetValue> theme,
            @Schema(required = true) List<FacetValue> learningForm,
            @Schema(required = true) List<FacetValue> year) {
    }

    @Schema(name = "FacetValue")
    public record FacetValue(@Schema(required = true) String value, @Schema(required = true) long count) {
    }
}
