package nl.leercultuur.hub.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Formal (leads to a diploma/certificate), non-formal (organised, no diploma) or informal (learning in and through work)")
public enum LearningForm {
    FORMAL, NON_FORMAL, INFORMAL
}
