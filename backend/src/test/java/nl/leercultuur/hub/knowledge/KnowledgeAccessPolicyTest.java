package nl.leercultuur.hub.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the knowledge bank's rules, decided without HTTP or a database. */
class KnowledgeAccessPolicyTest {

    private final KnowledgeAccessPolicy policy = new KnowledgeAccessPolicy();

    private static final UUID BAKERY = UUID.fromString("0a000000-0000-4000-8000-000000000001");
    private static final UUID SCHOOL = UUID.fromString("0a000000-0000-4000-8000-000000000002");
    private static final Actor STAFF = new Actor(Actor.Kind.STAFF, "s-1", "Anna", "hub-web");
    private static final Actor PARTNER = new Actor(Actor.Kind.PARTNER, "p-1", "Bram", "hub-web", BAKERY);
    private static final Actor COLLEAGUE = new Actor(Actor.Kind.PARTNER, "p-3", "Dirk", "hub-web", BAKERY);
    private static final Actor OTHER = new Actor(Actor.Kind.PARTNER, "p-2", "Carla", "hub-web", SCHOOL);
    private static final Actor SYSTEM = new Actor(Actor.Kind.PARTNER_SYSTEM, "svc-1", null, "hub-partner-demo", SCHOOL);

    /** An item proposed by {@code proposer} (subject) for the bakery, or by nobody. */
    private static KnowledgeAccessPolicy.Facts item(KnowledgeStatus status, KnowledgeVisibility visibility, String proposer) {
        return new KnowledgeAccessPolicy.Facts(status, visibility, proposer, proposer == null ? null : BAKERY);
    }

    @Test
    void shouldShowPublishedPublicItemsToEveryoneAndCommunityItemsOnlyToSignedInCallers() {
        var open = item(KnowledgeStatus.PUBLISHED, KnowledgeVisibility.PUBLIC, null);
        var community = item(KnowledgeStatus.PUBLISHED, KnowledgeVisibility.COMMUNITY, null);
        assertTrue(policy.canSee(Actor.VISITOR, open));
        assertFalse(policy.canSee(Actor.VISITOR, community));
        assertTrue(policy.canSee(PARTNER, community));
        assertTrue(policy.canSee(SYSTEM, community));
    }

    @Test
    void shouldShowAProposalOnlyToItsProposerAndStaff() {
        var proposal = item(KnowledgeStatus.IN_REVIEW, KnowledgeVisibility.PUBLIC, "p-1");
        assertTrue(policy.canSee(PARTNER, proposal));
        assertTrue(policy.canSee(STAFF, proposal));
        assertFalse(policy.canSee(OTHER, proposal));
        assertFalse(policy.canSee(Actor.VISITOR, proposal));
    }

    @Test
    void shouldShowAProposalToTheProposersColleaguesButNotToAnotherOrganisation() {
        var proposal = item(KnowledgeStatus.IN_REVIEW, KnowledgeVisibility.COMMUNITY, "p-1");
        assertTrue(policy.canSee(COLLEAGUE, proposal));
        assertTrue(policy.canViewHistory(COLLEAGUE, proposal));
        assertFalse(policy.canUpdate(COLLEAGUE, proposal), "colleagues see, only the proposer edits");
        assertFalse(policy.canSee(OTHER, proposal));
        assertFalse(policy.canSee(SYSTEM, proposal), "a partner system of another organisation");
        assertTrue(policy.canSee(new Actor(Actor.Kind.PARTNER_SYSTEM, "svc-2", null, "bakery-system", BAKERY), proposal));
        assertFalse(policy.canSee(new Actor(Actor.Kind.PARTNER, "p-9", "Eva", "hub-web", null), proposal),
                "no organisation is not the same organisation");
    }

    @Test
    void shouldLetTheProposerEditOnlyWhileDraftOrInReview() {
        assertTrue(policy.canUpdate(PARTNER, item(KnowledgeStatus.DRAFT, KnowledgeVisibility.PUBLIC, "p-1")));
        assertTrue(policy.canUpdate(PARTNER, item(KnowledgeStatus.IN_REVIEW, KnowledgeVisibility.PUBLIC, "p-1")));
        assertFalse(policy.canUpdate(PARTNER, item(KnowledgeStatus.PUBLISHED, KnowledgeVisibility.PUBLIC, "p-1")));
        assertFalse(policy.canUpdate(OTHER, item(KnowledgeStatus.IN_REVIEW, KnowledgeVisibility.PUBLIC, "p-1")));
        assertTrue(policy.canUpdate(STAFF, item(KnowledgeStatus.ARCHIVED, KnowledgeVisibility.PUBLIC, "p-1")));
    }

    @Test
    void shouldTellEachCallerTheActionsAndTransitionsTheyHave() {
        var proposal = item(KnowledgeStatus.IN_REVIEW, KnowledgeVisibility.PUBLIC, "p-1");
        assertEquals(new KnowledgeAccessPolicy.Allowed(List.of(KnowledgeAction.UPDATE, KnowledgeAction.DELETE,
                        KnowledgeAction.CHANGE_STATUS, KnowledgeAction.VIEW_HISTORY),
                        List.copyOf(Set.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT, KnowledgeStatus.ARCHIVED)
                                .stream().sorted().toList())),
                new KnowledgeAccessPolicy.Allowed(policy.allowed(STAFF, proposal).actions(),
                        policy.allowed(STAFF, proposal).transitions().stream().sorted().toList()));
        assertEquals(List.of(KnowledgeAction.UPDATE, KnowledgeAction.VIEW_HISTORY), policy.allowed(PARTNER, proposal).actions());
        assertEquals(List.of(), policy.allowed(PARTNER, proposal).transitions());
        assertEquals(List.of(), policy.allowed(OTHER, item(KnowledgeStatus.PUBLISHED, KnowledgeVisibility.PUBLIC, "p-1")).actions());
        assertEquals(List.of(), policy.allowed(Actor.VISITOR, item(KnowledgeStatus.PUBLISHED, KnowledgeVisibility.PUBLIC, null)).actions());
    }

    @Test
    void shouldAllowOnlyTheWorkflowTransitionsAndOnlyToStaff() {
        assertEquals(Set.of(KnowledgeStatus.ARCHIVED), policy.transitions(STAFF, KnowledgeStatus.PUBLISHED));
        assertEquals(Set.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT), policy.transitions(STAFF, KnowledgeStatus.ARCHIVED));
        assertTrue(policy.transitions(PARTNER, KnowledgeStatus.IN_REVIEW).isEmpty());
        assertFalse(policy.transitions(STAFF, KnowledgeStatus.DRAFT).contains(KnowledgeStatus.PUBLISHED));
    }

    @Test
    void shouldStartProposalsInReviewAndLetStaffChoose() {
        assertEquals(KnowledgeStatus.IN_REVIEW, policy.initialStatus(PARTNER, KnowledgeStatus.PUBLISHED));
        assertEquals(KnowledgeStatus.IN_REVIEW, policy.initialStatus(SYSTEM, null));
        assertEquals(KnowledgeStatus.DRAFT, policy.initialStatus(STAFF, null));
        assertEquals(KnowledgeStatus.PUBLISHED, policy.initialStatus(STAFF, KnowledgeStatus.PUBLISHED));
    }

    @Test
    void shouldGiveListScopesThatMatchTheSingleItemRules() {
        assertEquals(KnowledgeScope.ALL, policy.listScope(STAFF, false));
        assertEquals(SqlCondition.ALL, policy.listScope(STAFF, false).sql());
        KnowledgeScope visitor = policy.listScope(Actor.VISITOR, false);
        assertEquals(new KnowledgeScope(null, Set.of(KnowledgeStatus.PUBLISHED), Set.of(KnowledgeVisibility.PUBLIC)), visitor);
        assertEquals("k.status = any(?) and k.visibility = any(?)", visitor.sql().sql());
        assertEquals(new KnowledgeScope(null, Set.of(KnowledgeStatus.PUBLISHED), Set.of()), policy.listScope(SYSTEM, false));
        KnowledgeScope mine = policy.listScope(PARTNER, true);
        assertEquals("p-1", mine.submitter());
        assertEquals("k.submitted_by_subject = ?", mine.sql().sql());
        assertEquals(List.of("p-1"), mine.sql().params());
    }
}
