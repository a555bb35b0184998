package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of organisation")
public enum OrganizationType {
    SME, LARGE_COMPANY, BRANCH_ORGANISATION, TRAINING_FUND, EDUCATION_MBO, EDUCATION_HBO, EDUCATION_WO, GOVERNMENT,
    KNOWLEDGE_INSTITUTE, OTHER
}
