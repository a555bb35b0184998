package nl.leercultuur.hub.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of knowledge item")
public enum KnowledgeType {
    RESEARCH, PRACTICE_EXAMPLE, INSTRUMENT, INTERVENTION, ARTICLE, EVENT_REPORT
}
