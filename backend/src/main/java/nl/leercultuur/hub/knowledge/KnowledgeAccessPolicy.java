package nl.leercultuur.hub.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * Who may see and do what in the knowledge bank: the one place for these rules. It answers for single items (Java)
 * and gives the matching SQL condition for lists, and tells each response which actions the caller may take.
 * <ul>
 * <li>Visitors see published public items; partners and partner systems all published items; staff everything.
 * Whoever proposed an item, and the people and systems of the organisation they acted for, also see it in any status
 * (the list shows one's own with {@code mine=true}); another organisation never does (404).</li>
 * <li>Staff change, delete and move items through the workflow; the proposer may change a proposal while it is a
 * draft or in review.</li>
 * </ul>
 */
@ApplicationScoped
public class KnowledgeAccessPolicy {

    /** The workflow: the transitions staff may make. */
    static final Map<KnowledgeStatus, Set<KnowledgeStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            KnowledgeStatus.DRAFT, EnumSet.of(KnowledgeStatus.IN_REVIEW, KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.IN_REVIEW, EnumSet.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT, KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.PUBLISHED, EnumSet.of(KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.ARCHIVED, EnumSet.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT)));

    /** The facts about an item that the rules depend on (from an entity or a list row). */
    public record Facts(KnowledgeStatus status, KnowledgeVisibility visibility, String submittedBySubject,
            UUID submittedByOrganizationId) {

        static Facts of(KnowledgeItem item) {
            return new Facts(item.status, item.visibility, item.submittedBySubject, item.submittedByOrganizationId);
        }
    }

    /** What the caller may do with one item now. */
    public record Allowed(List<KnowledgeAction> actions, List<KnowledgeStatus> transitions) {
    }

    public boolean canSee(Actor actor, Facts item) {
        if (actor.isStaff() || isProposer(actor, item) || isColleague(actor, item)) {
            return true;
        }
        return item.status() == KnowledgeStatus.PUBLISHED
                && (item.visibility() == KnowledgeVisibility.PUBLIC || actor.isSignedIn());
    }

    public boolean canPropose(Actor actor) {
        return actor.isStaff() || actor.isPartner();
    }

    /** The status a new item starts in: staff choose (default DRAFT); proposals always enter review. */
    public KnowledgeStatus initialStatus(Actor actor, KnowledgeStatus requested) {
        if (actor.isStaff()) {
            return requested == null ? KnowledgeStatus.DRAFT : requested;
        }
        return KnowledgeStatus.IN_REVIEW;
    }

    public boolean canUpdate(Actor actor, Facts item) {
        return actor.isStaff() || (isProposer(actor, item) && isOpenProposal(item.status()));
    }

    public boolean canDelete(Actor actor, Facts item) {
        return actor.isStaff();
    }

    public boolean canViewHistory(Actor actor, Facts item) {
        return actor.isStaff() || isProposer(actor, item) || isColleague(actor, item);
    }

    /** The statuses the caller may move the item to now (only staff move items through the workflow). */
    public Set<KnowledgeStatus> transitions(Actor actor, KnowledgeStatus from) {
        return actor.isStaff() ? TRANSITIONS.get(from) : EnumSet.noneOf(KnowledgeStatus.class);
    }

    /** Every transition that exists from {@code from}, whoever may make it (for error messages). */
    public Set<KnowledgeStatus> workflowFrom(KnowledgeStatus from) {
        return TRANSITIONS.get(from);
    }

    public Allowed allowed(Actor actor, Facts item) {
        List<KnowledgeAction> actions = new ArrayList<>();
        if (canUpdate(actor, item)) {
            actions.add(KnowledgeAction.UPDATE);
        }
        if (canDelete(actor, item)) {
            actions.add(KnowledgeAction.DELETE);
        }
        Set<KnowledgeStatus> transitions = transitions(actor, item.status());
        if (!transitions.isEmpty()) {
            actions.add(KnowledgeAction.CHANGE_STATUS);
        }
        if (canViewHistory(actor, item)) {
            actions.add(KnowledgeAction.VIEW_HISTORY);
        }
        return new Allowed(List.copyOf(actions), List.copyOf(transitions));
    }

    /**
     * What a list may show the caller: the catalogue the caller may browse (published items, public ones for visitors;
     * everything for staff), or with {@code mine} the caller's own proposals in any status.
     */
    public KnowledgeScope listScope(Actor actor, boolean mine) {
        if (mine) {
            return KnowledgeScope.submittedBy(actor.subject());
        }
        return switch (actor.kind()) {
            case STAFF -> KnowledgeScope.ALL;
            case PARTNER, PARTNER_SYSTEM -> new KnowledgeScope(null, Set.of(KnowledgeStatus.PUBLISHED), Set.of());
            case VISITOR -> new KnowledgeScope(null, Set.of(KnowledgeStatus.PUBLISHED), Set.of(KnowledgeVisibility.PUBLIC));
        };
    }

    private static boolean isProposer(Actor actor, Facts item) {
        return actor.isSignedIn() && actor.is(item.submittedBySubject());
    }

    /** Of the organisation the proposer acted for. */
    private static boolean isColleague(Actor actor, Facts item) {
        return actor.isSignedIn() && item.submittedByOrganizationId() != null && actor.actsFor(item.submittedByOrganizationId());
    }

    private static boolean isOpenProposal(KnowledgeStatus status) {
        return status == KnowledgeStatus.DRAFT || status == KnowledgeStatus.IN_REVIEW;
    }
}
