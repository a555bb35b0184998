package nl.leercultuur.hub.community.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "The current privacy text a member consents to, in Dutch and English")
public record ConsentDto(
        @Schema(required = true, maxLength = 20, examples = "2026-11") String version,
        @Schema(required = true, maxLength = 5000) String textNl,
        @Schema(required = true, maxLength = 5000) String textEn) {
}
