package nl.leercultuur.hub.community.dto;

import java.util.List;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who works on what: what a member or an organisation contributed (the pilots they take part in join with pilots). */
@Schema(name = "Contributions")
public record ContributionsDto(
        @Schema(required = true, maxItems = 20, description = "Published knowledge items they proposed, newest first (at most 20)")
        List<KnowledgeItemRef> knowledgeItems) {
}
