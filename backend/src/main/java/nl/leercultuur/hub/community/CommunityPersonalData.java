package nl.leercultuur.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.shared.mail.HubMailer;
import nl.leercultuur.hub.shared.security.PersonalData;

/**
 * What the community keeps about a person besides their profile: who registered or last changed an organisation or a
 * member profile, their event registrations (a seat they held goes to the waiting list), the join request they joined
 * with, the mails to them that still wait in the outbox. The profile itself is exported and deleted by
 * {@link MemberService}.
 */
@ApplicationScoped
public class CommunityPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    HubMailer mailer;

    @Override
    public String section() {
        return "community";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        return Map.of("organizationsCreatedOrChanged", em.createQuery("select o.name from Organization o where "
                        + "o.createdBySubject = :s or o.updatedBySubject = :s order by o.name", String.class)
                        .setParameter("s", subject).getResultList(),
                "eventRegistrations", em.createQuery("select r.eventId, r.status from EventRegistration r where r.subject = :s",
                        Object[].class).setParameter("s", subject).getResultList().stream()
                        .map(row -> Map.of("eventId", row[0].toString(), "status", row[1].toString())).toList(),
                "ideas", em.createQuery("select i from Idea i where i.submittedBySubject = :s order by i.createdAt", Idea.class)
                        .setParameter("s", subject).getResultList().stream()
                        .map(i -> Map.of("title", i.title, "description", i.description, "status", i.status.name(),
                                "answer", i.answer == null ? "" : i.answer, "createdAt", i.createdAt.toString()))
                        .toList(),
                "joinRequests", em.createQuery("select j from JoinRequest j where j.accountSubject = :s", JoinRequest.class)
                        .setParameter("s", subject).getResultList().stream()
                        .map(j -> Map.of("name", j.name, "email", j.email, "motivation", j.motivation, "status", j.status.name(),
                                "createdAt", j.createdAt.toString()))
                        .toList());
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        // a mail to them that still waits in the outbox (its server was away) holds their address and name: it goes
        @SuppressWarnings("unchecked")
        List<String> addresses = em.createNativeQuery("select email from member where subject = ?1 "
                        + "union select email from event_registration where subject = ?1 "
                        + "union select email from join_request where account_subject = ?1")
                .setParameter(1, subject).getResultList();
        mailer.forget(addresses);
        events.releaseAll(subject);
        PersonalData.replacePerson(em, "idea", "submitted_by", subject, formerMemberName);
        // the request they joined with holds their name, address and motivation: it goes entirely
        em.createQuery("delete from JoinRequest j where j.accountSubject = :s").setParameter("s", subject).executeUpdate();
        // who answered an idea or decided a join request is named apart from the audit fields: the answer is their last change
        em.createNativeQuery("update idea set answered_by_name = ?1 where updated_by_subject = ?2 and answered_by_name is not null")
                .setParameter(1, formerMemberName).setParameter(2, subject).executeUpdate();
        em.createNativeQuery("update join_request set decided_by_name = ?1 where updated_by_subject = ?2 and decided_by_name is not null")
                .setParameter(1, formerMemberName).setParameter(2, subject).executeUpdate();
        for (String table : new String[] {"organization", "member", "idea", "event", "join_request"}) {
            PersonalData.replaceInAuditFields(em, table, subject, formerMemberName);
        }
    }
}
