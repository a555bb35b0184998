package nl.leercultuur.hub.knowledge.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelatedKnowledgeItems", description = "Items that share themes or type with an item, best match first.")
public record RelatedItems(@Schema(required = true, maxItems = 20) List<KnowledgeItemSummaryDto> items) {
}
