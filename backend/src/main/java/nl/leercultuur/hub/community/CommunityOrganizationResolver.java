package nl.leercultuur.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.OrganizationResolver;

/** A person acts for the organisation of their member profile; a partner system for the organisation it is linked to. */
@ApplicationScoped
public class CommunityOrganizationResolver implements OrganizationResolver {

    @Inject
    MemberRepository members;

    @Inject
    PartnerSystemRepository partnerSystems;

    @Override
    @Transactional
    public Optional<UUID> organizationOf(Actor actor) {
        if (actor.isPartnerSystem()) {
            return partnerSystems.findByIdOptional(actor.clientId()).map(system -> system.organizationId);
        }
        return members.findBySubject(actor.subject()).map(member -> member.organizationId);
    }
}
