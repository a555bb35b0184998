package nl.leercultuur.hub.community;

import static nl.leercultuur.hub.shared.text.Texts.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.leercultuur.hub.community.dto.MemberDto;
import nl.leercultuur.hub.community.dto.MemberProfileRequest;
import nl.leercultuur.hub.community.dto.OrganizationDto;
import nl.leercultuur.hub.community.dto.OrganizationRequest;

/** Between community entities and their DTOs. */
final class CommunityMapper {

    private CommunityMapper() {
    }

    static OrganizationDto toDto(Organization o, long memberCount, List<MemberAction> actions) {
        return new OrganizationDto(o.id, o.name, o.type, o.kvkNumber, o.sector, o.sizeClass, o.province, o.website,
                o.description, o.visibility, memberCount, o.createdAt, o.updatedAt, o.version, actions);
    }

    /** {@code organization} is null when the caller may not see it; private details only when {@code showPrivate}. */
    static MemberDto toDto(Member m, Organization organization, boolean showPrivate, List<MemberAction> actions) {
        return new MemberDto(m.id, m.name, m.jobTitle,
                organization == null ? null : new MemberDto.OrganizationRef(organization.id, organization.name),
                List.copyOf(m.expertise), List.copyOf(m.themes), m.bio, m.visibility,
                showPrivate ? m.email : null, showPrivate ? m.consentVersion : null, showPrivate ? m.consentAt : null,
                m.updatedAt, m.version, actions);
    }

    static void apply(Organization o, OrganizationRequest request) {
        o.name = request.name().strip();
        o.type = request.type();
        o.kvkNumber = blankToNull(request.kvkNumber());
        o.sector = blankToNull(request.sector());
        o.sizeClass = request.sizeClass();
        o.province = request.province();
        o.website = blankToNull(request.website());
        o.description = blankToNull(request.description());
        o.visibility = request.visibility() == null ? ProfileVisibility.PUBLIC : request.visibility();
    }

    static void apply(Member m, MemberProfileRequest request) {
        m.name = request.name().strip();
        m.email = blankToNull(request.email());
        m.jobTitle = blankToNull(request.jobTitle());
        m.expertise = cleanList(request.expertise());
        m.themes = cleanList(request.themes());
        m.bio = blankToNull(request.bio());
        m.visibility = request.visibility();
    }

    private static List<String> cleanList(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
