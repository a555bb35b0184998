package nl.leercultuur.hub.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Workflow status: draft → in review → published → archived")
public enum KnowledgeStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
