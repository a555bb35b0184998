package nl.leercultuur.hub.community;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.leercultuur.hub.community.dto.IdeaDto;
import nl.leercultuur.hub.community.dto.IdeaPage;
import nl.leercultuur.hub.community.dto.IdeaRequest;
import nl.leercultuur.hub.community.dto.IdeaResponseRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/** Ideas for the programme from members and visitors, and the programme team's answers ({@link CommunityAccessPolicy}). */
@ApplicationScoped
public class IdeaService {

    @Inject
    IdeaRepository ideas;

    @Inject
    CommunityAccessPolicy policy;

    @Inject
    CurrentUser user;

    /** Staff: every idea; others: the ideas they submitted. Newest first. */
    @Transactional
    public IdeaPage list(PageRequest page) {
        Actor actor = user.actor();
        var query = actor.isStaff() ? ideas.findAll(Sort.descending("createdAt").and("id"))
                : ideas.find("submittedBySubject", Sort.descending("createdAt").and("id"), actor.subject());
        query.page(page.page(), page.size());
        long total = query.count();
        return new IdeaPage(query.list().stream().map(idea -> toDto(actor, idea)).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    /** A new idea from anyone; the honeypot field refuses robots without storing anything. */
    @Transactional
    public IdeaDto submit(IdeaRequest request) {
        if (request.website() != null && !request.website().isBlank()) {
            throw ApiException.invalid("website", "hub.idea.honeypot");
        }
        Actor actor = user.actor();
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.title = request.title().strip();
        idea.description = request.description().strip();
        idea.status = IdeaStatus.NEW;
        if (actor.isSignedIn()) {
            idea.submittedBySubject = actor.subject();
            idea.submittedByName = actor.displayName();
            idea.organizationId = actor.organizationId();
            idea.createdBy(actor);
        }
        idea.contactEmail = request.contactEmail() == null || request.contactEmail().isBlank() ? null : request.contactEmail().strip();
        ideas.persist(idea);
        ideas.flush();
        return toDto(actor, idea);
    }

    /** The programme team answers and sets the status; the submitter sees the answer with their idea. */
    @Transactional
    public IdeaDto respond(UUID id, IdeaResponseRequest request) {
        Actor actor = user.actor();
        if (!policy.canAnswerIdea(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        Idea idea = ideas.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("idea", id));
        idea.status = request.status();
        idea.answer = request.answer().strip();
        idea.answeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        idea.answeredByName = actor.displayName();
        idea.changedBy(actor);
        ideas.flush();
        return toDto(actor, idea);
    }

    private IdeaDto toDto(Actor actor, Idea idea) {
        boolean mayKnowSubmitter = policy.canSeeIdea(actor, idea);
        return new IdeaDto(idea.id, idea.title, idea.description, idea.status, idea.answer, idea.answeredAt,
                idea.answeredByName, mayKnowSubmitter ? idea.submittedByName : null,
                policy.canSeeIdeaContact(actor) ? idea.contactEmail : null, idea.createdAt, idea.version);
    }
}
