package nl.leercultuur.hub.community.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a join request: received, and what happens next. */
@Schema(name = "JoinRequestReceipt")
public record JoinRequestReceipt(
        @Schema(required = true, maxLength = 500, description = "What happens next, in the caller's language") String message) {
}
