package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.community.IdeaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Idea", description = "An idea for the programme with its status and the programme team's answer")
public record IdeaDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 4000) String description,
        @Schema(required = true) IdeaStatus status,
        @Schema(maxLength = 4000) String answer,
        Instant answeredAt,
        @Schema(maxLength = 200) String answeredBy,
        @Schema(maxLength = 200, description = "Who submitted it (for staff and the submitter); null for a visitor") String submittedBy,
        @Schema(maxLength = 320, description = "A visitor's contact address; only for staff") String contactEmail,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long version) {
}
