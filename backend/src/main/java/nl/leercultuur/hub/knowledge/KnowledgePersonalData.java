package nl.leercultuur.hub.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.shared.security.PersonalData;

/** What the knowledge bank keeps about a person: the items they proposed, created or changed, and their workflow steps. */
@ApplicationScoped
public class KnowledgePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    SearchSession search;

    @Override
    public String section() {
        return "knowledge";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposed", items("i.submittedBySubject = :s", subject));
        data.put("created", items("i.createdBySubject = :s", subject));
        data.put("lastChanged", items("i.updatedBySubject = :s", subject));
        data.put("workflowSteps", em.createQuery("select c from KnowledgeStatusChange c where c.actorSubject = :s order by c.at",
                        KnowledgeStatusChange.class).setParameter("s", subject).getResultList().stream()
                .map(c -> Map.of("itemId", c.itemId.toString(), "from", String.valueOf(c.fromStatus), "to", c.toStatus.name(),
                        "comment", c.comment == null ? "" : c.comment, "at", c.at.toString()))
                .toList());
        return data;
    }

    private List<Map<String, Object>> items(String condition, String subject) {
        return em.createQuery("select i from KnowledgeItem i where " + condition + " order by i.createdAt", KnowledgeItem.class)
                .setParameter("s", subject).getResultList().stream()
                .map(i -> Map.<String, Object>of("id", i.id.toString(), "title", i.title, "status", i.status.name(),
                        "createdAt", i.createdAt.toString()))
                .toList();
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        List<UUID> proposed = em.createQuery("select i.id from KnowledgeItem i where i.submittedBySubject = :s", UUID.class)
                .setParameter("s", subject).getResultList();
        PersonalData.replacePerson(em, "knowledge_item", "submitted_by", subject, formerMemberName);
        PersonalData.replaceInAuditFields(em, "knowledge_item", subject, formerMemberName);
        PersonalData.replacePerson(em, "knowledge_item_status_change", "actor", subject, formerMemberName);
        // the search index holds the proposer's subject too: index those items again, as they are now
        SearchIndexingPlan index = search.indexingPlan();
        for (UUID id : proposed) {
            KnowledgeItem item = em.find(KnowledgeItem.class, id);
            em.refresh(item);
            index.addOrUpdate(item);
        }
    }
}
