package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who may see a member or organisation: everyone, signed-in partners, or only the programme staff")
public enum ProfileVisibility {
    PUBLIC, COMMUNITY, STAFF_ONLY
}
