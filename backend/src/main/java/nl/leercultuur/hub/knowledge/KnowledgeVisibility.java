package nl.leercultuur.hub.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PUBLIC items are for everyone; COMMUNITY items only for signed-in partners and staff")
public enum KnowledgeVisibility {
    PUBLIC, COMMUNITY
}
