package nl.leercultuur.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * Who may see and change which organisations and members: the one place for these rules, for single records (Java)
 * and for lists (SQL on {@code organization o} and {@code member m}).
 * <ul>
 * <li>Visitors see what chose PUBLIC; partners and partner systems also COMMUNITY; STAFF_ONLY is for staff (and the
 * member or organisation itself); staff see everything.</li>
 * <li>Staff create and change organisations; a partner changes only their own organisation (another organisation: 403).
 * Everyone changes only their own member profile.</li>
 * <li>E-mail address and consent of a member are shown to the member and to staff only.</li>
 * </ul>
 */
@ApplicationScoped
public class CommunityAccessPolicy {

    public boolean canSeeOrganization(Actor actor, Organization organization) {
        return actor.isStaff() || actor.actsFor(organization.id) || visibleTo(actor, organization.visibility);
    }

    public boolean canCreateOrganization(Actor actor) {
        return actor.isStaff();
    }

    /** Ideas: the programme team sees and answers all; a signed-in person sees the ideas they submitted. */
    public boolean canSeeIdea(Actor actor, Idea idea) {
        return actor.isStaff() || (actor.isSignedIn() && actor.is(idea.submittedBySubject));
    }

    public boolean canAnswerIdea(Actor actor) {
        return actor.isStaff();
    }

    /** A visitor's contact address is for the programme team only. */
    public boolean canSeeIdeaContact(Actor actor) {
        return actor.isStaff();
    }

    /** The directory as a file (with e-mail addresses) is for the programme team. */
    public boolean canExportDirectory(Actor actor) {
        return actor.isStaff();
    }

    /** Events: the programme team manages them; people (not partner systems) register. */
    public boolean canManageEvents(Actor actor) {
        return actor.isStaff();
    }

    public boolean canRegister(Actor actor) {
        return actor.isSignedIn() && actor.kind() != Actor.Kind.PARTNER_SYSTEM;
    }

    /** Join requests are read and decided by the programme team: they hold applicants' names and addresses. */
    public boolean canDecideJoinRequests(Actor actor) {
        return actor.isStaff();
    }

    /** Which organisation a partner system or a member acts for is the programme team's decision. */
    public boolean canLinkToOrganization(Actor actor) {
        return actor.isStaff();
    }

    /** Staff, and partner people of that organisation (partner systems only read). */
    public boolean canUpdateOrganization(Actor actor, Organization organization) {
        return actor.isStaff() || (actor.kind() == Actor.Kind.PARTNER && actor.actsFor(organization.id));
    }

    public boolean canSeeMember(Actor actor, Member member) {
        return actor.isStaff() || isSelf(actor, member) || visibleTo(actor, member.visibility);
    }

    /** E-mail address and consent: the member and staff. */
    public boolean canSeePrivateDetails(Actor actor, Member member) {
        return actor.isStaff() || isSelf(actor, member);
    }

    /** People (not partner systems) may have a profile of their own. */
    public boolean canHaveProfile(Actor actor) {
        return actor.isSignedIn() && actor.kind() != Actor.Kind.PARTNER_SYSTEM;
    }

    public List<MemberAction> organizationActions(Actor actor, Organization organization) {
        return canUpdateOrganization(actor, organization) ? List.of(MemberAction.UPDATE) : List.of();
    }

    public List<MemberAction> memberActions(Actor actor, Member member) {
        return isSelf(actor, member) ? List.of(MemberAction.UPDATE) : List.of();
    }

    /** The list condition on {@code organization o}. */
    public SqlCondition organizationListCondition(Actor actor) {
        return listCondition(actor, "o.visibility", "o.id");
    }

    /** The list condition on {@code member m} (a member of a hidden organisation is still listed, without it). */
    public SqlCondition memberListCondition(Actor actor) {
        if (actor.isStaff()) {
            return SqlCondition.ALL;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(visibilitySql(actor, "m.visibility"));
        if (actor.isSignedIn() && actor.subject() != null) {
            sql.append(" or m.subject = ?");
            params.add(actor.subject());
        }
        return new SqlCondition(sql.toString(), params);
    }

    private SqlCondition listCondition(Actor actor, String visibilityColumn, String idColumn) {
        if (actor.isStaff()) {
            return SqlCondition.ALL;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(visibilitySql(actor, visibilityColumn));
        UUID own = actor.organizationId();
        if (own != null) {
            sql.append(" or ").append(idColumn).append(" = ?");
            params.add(own);
        }
        return new SqlCondition(sql.toString(), params);
    }

    private static String visibilitySql(Actor actor, String column) {
        return actor.isSignedIn() ? column + " in ('PUBLIC', 'COMMUNITY')" : column + " = 'PUBLIC'";
    }

    private static boolean visibleTo(Actor actor, ProfileVisibility visibility) {
        return visibility == ProfileVisibility.PUBLIC || (actor.isSignedIn() && visibility == ProfileVisibility.COMMUNITY);
    }

    private static boolean isSelf(Actor actor, Member member) {
        return actor.isSignedIn() && actor.is(member.subject);
    }
}
