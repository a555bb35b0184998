package nl.leercultuur.hub.community;

import static nl.leercultuur.hub.shared.text.Texts.blankToNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.community.dto.JoinRequestCreate;
import nl.leercultuur.hub.community.dto.JoinRequestDecline;
import nl.leercultuur.hub.community.dto.JoinRequestDto;
import nl.leercultuur.hub.community.dto.JoinRequestPage;
import nl.leercultuur.hub.community.dto.JoinRequestReceipt;
import nl.leercultuur.hub.community.dto.MemberDto;
import nl.leercultuur.hub.community.dto.NewOrganizationRequest;
import nl.leercultuur.hub.community.dto.OrganizationRequest;
import nl.leercultuur.hub.shared.accounts.AccountDirectory;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.i18n.Messages;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.mail.HubMailer;
import nl.leercultuur.hub.shared.mail.MailText;
import nl.leercultuur.hub.shared.mail.OutgoingMail;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.security.Roles;
import nl.leercultuur.hub.shared.web.params.QueryValues;

/**
 * Join requests ({@link CommunityAccessPolicy}): anyone applies; the programme team approves (the organisation is
 * created when it is new, the Keycloak account is created and Keycloak mails the invitation) or declines (the Hub mails
 * the answer). At first sign-in the new member's profile is linked to the organisation of their request.
 */
@ApplicationScoped
public class JoinRequestService {

    @Inject
    JoinRequestRepository requests;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationService organizationService;

    @Inject
    AccountDirectory accounts;

    @Inject
    HubMailer mailer;

    @Inject
    CommunityAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /**
     * A visitor applies. Refused with nothing stored: a filled-in honeypot field, no organisation or two, an organisation
     * the caller cannot see. A second request while one for the same address waits changes nothing (same answer), also
     * when both arrive at once.
     */
    @Transactional
    public JoinRequestReceipt apply(JoinRequestCreate request) {
        if (request.website() != null && !request.website().isBlank()) {
            throw ApiException.invalid("website", "hub.idea.honeypot");
        }
        if ((request.organizationId() == null) == (request.newOrganization() == null)) {
            throw ApiException.invalid(List.of("organizationId", "newOrganization"), "hub.join-request.organization-choice");
        }
        Actor actor = user.actor();
        if (request.organizationId() != null && organizations.findByIdOptional(request.organizationId())
                .filter(o -> policy.canSeeOrganization(actor, o)).isEmpty()) {
            throw ApiException.invalid("organizationId", "hub.organization.unknown");
        }
        String email = request.email().strip();
        requests.lockAddress(email);
        if (!requests.pendingFor(email)) {
            JoinRequest joinRequest = new JoinRequest();
            joinRequest.id = UUID.randomUUID();
            joinRequest.name = request.name().strip();
            joinRequest.email = email;
            joinRequest.organizationId = request.organizationId();
            NewOrganizationRequest org = request.newOrganization();
            if (org != null) {
                joinRequest.newOrganizationName = org.name().strip();
                joinRequest.newOrganizationType = org.type();
                joinRequest.newOrganizationProvince = org.province();
                joinRequest.newOrganizationKvkNumber = blankToNull(org.kvkNumber());
                joinRequest.newOrganizationWebsite = blankToNull(org.website());
            }
            joinRequest.motivation = request.motivation().strip();
            joinRequest.language = language.isDutch() ? "nl" : "en";
            joinRequest.status = JoinRequestStatus.PENDING;
            if (actor.isSignedIn()) {
                joinRequest.createdBy(actor);
            }
            requests.persist(joinRequest);
            requests.flush();
        }
        return new JoinRequestReceipt(language.get("hub.join-request.received"));
    }

    /** The inbox: newest first, optionally by status (staff). */
    @Transactional
    public JoinRequestPage list(JoinRequestSearchParams params) {
        requireDecider();
        PageRequest page = params.toRequest();
        List<JoinRequestStatus> statuses = QueryValues.enums(params.status, JoinRequestStatus.class);
        Sort sort = Sort.descending("createdAt").and("id");
        var query = statuses.isEmpty() ? requests.findAll(sort) : requests.find("status in ?1", sort, statuses);
        query.page(page.page(), page.size());
        long total = query.count();
        List<JoinRequest> list = query.list();
        var names = organizations.namesOf(list.stream().map(r -> r.organizationId).filter(java.util.Objects::nonNull).toList());
        return new JoinRequestPage(list.stream().map(r -> toDto(r, r.organizationId == null ? null : names.get(r.organizationId))).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    /**
     * Approves a waiting request: creates the Keycloak account with the role partner (Keycloak mails the invitation),
     * then, in one transaction, the new organisation (if the applicant's was not listed) and the decision. Keycloak is
     * called outside any database transaction: a slow Keycloak holds no lock or connection, and a transaction is never
     * spread over its client's threads. When Keycloak refuses or does not answer, nothing changes here (409 or 503);
     * when the decision cannot be stored after all (someone else decided at the same moment), the account is removed.
     */
    public JoinRequestDto approve(UUID id) {
        JoinRequest request = QuarkusTransaction.requiringNew().call(() -> {
            requireDecider();
            JoinRequest pending = pending(id, LockModeType.NONE);
            if (pending.organizationId == null) {
                organizationService.requireUniqueKvk(pending.newOrganizationKvkNumber, null);
            }
            return pending;
        });
        String subject = accounts.invite(request.email, request.name, request.language, Roles.PARTNER);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Actor actor = requireDecider();
                JoinRequest locked = pending(id, LockModeType.PESSIMISTIC_WRITE);
                if (locked.organizationId == null) {
                    locked.organizationId = organizationService.create(new OrganizationRequest(locked.newOrganizationName,
                            locked.newOrganizationType, locked.newOrganizationKvkNumber, null, null, locked.newOrganizationProvince,
                            locked.newOrganizationWebsite, null, ProfileVisibility.COMMUNITY)).id();
                }
                locked.accountSubject = subject;
                decide(locked, actor, JoinRequestStatus.APPROVED);
                return toDto(locked, organizations.findById(locked.organizationId).name);
            });
        } catch (RuntimeException e) {
            accounts.remove(subject);
            throw e;
        }
    }

    /** Declines a waiting request and mails the applicant the answer (with the reason, when given). */
    @Transactional
    public JoinRequestDto decline(UUID id, JoinRequestDecline body) {
        Actor actor = requireDecider();
        JoinRequest request = pending(id, LockModeType.PESSIMISTIC_WRITE);
        request.declineReason = body == null ? null : blankToNull(body.reason());
        decide(request, actor, JoinRequestStatus.DECLINED);
        Messages messages = Messages.forLanguage(request.language);
        mailer.sendAfterCommit(OutgoingMail.text(request.email, messages.get("hub.mail.join-declined.subject"),
                MailText.body(messages, request.name, messages.get("hub.mail.join-declined.text"),
                        request.declineReason == null ? null : messages.get("hub.mail.join-declined.reason", request.declineReason),
                        messages.get("hub.mail.join-declined.after"))));
        String organization = request.organizationId == null ? null
                : organizations.findByIdOptional(request.organizationId).map(o -> o.name).orElse(null);
        return toDto(request, organization);
    }

    /** The organisation of the approved request that created the account {@code subject}, if any (first sign-in). */
    @Transactional
    public java.util.Optional<UUID> organizationOfAccount(String subject) {
        return requests.approvedFor(subject).map(r -> r.organizationId);
    }

    private void decide(JoinRequest request, Actor actor, JoinRequestStatus status) {
        request.status = status;
        request.decidedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        request.decidedByName = actor.displayName();
        request.changedBy(actor);
        requests.flush();
    }

    private JoinRequest pending(UUID id, LockModeType lock) {
        JoinRequest request = requests.findByIdOptional(id, lock)
                .orElseThrow(() -> ApiException.notFound("join-request", id));
        if (request.status != JoinRequestStatus.PENDING) {
            throw ApiException.conflict("hub.join-request.decided", request.status.name());
        }
        return request;
    }

    private Actor requireDecider() {
        Actor actor = user.actor();
        if (!policy.canDecideJoinRequests(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        return actor;
    }

    private static JoinRequestDto toDto(JoinRequest r, String organizationName) {
        return new JoinRequestDto(r.id, r.name, r.email,
                r.organizationId == null ? null : new MemberDto.OrganizationRef(r.organizationId, organizationName),
                r.newOrganizationName == null ? null : new NewOrganizationRequest(r.newOrganizationName, r.newOrganizationType,
                        r.newOrganizationProvince, r.newOrganizationKvkNumber, r.newOrganizationWebsite),
                r.motivation, r.language, r.status, r.declineReason, r.decidedAt, r.decidedByName, r.createdAt, r.version);
    }
}
