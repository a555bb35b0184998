package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An action the caller may take on the organisation or member now: UPDATE (PUT)")
public enum MemberAction {
    UPDATE
}
