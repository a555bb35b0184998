package nl.leercultuur.hub.community.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberOrganizationRequest", description = "The organisation a member works at; null to unlink")
public record MemberOrganizationRequest(@Schema(description = "An organisation id (GET /organizations), or null") UUID organizationId) {
}
