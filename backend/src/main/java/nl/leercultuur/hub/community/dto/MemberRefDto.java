package nl.leercultuur.hub.community.dto;

import java.util.UUID;

/** A member as other features refer to them (e.g. a pilot's contact person): not part of the API. */
public record MemberRefDto(UUID id, String name, UUID organizationId) {
}
