package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.leercultuur.hub.shared.security.PersonalData;

/**
 * What the evaluations feature keeps about a person: who created or last changed an instrument or a measurement wave.
 * Survey responses hold nothing about a person at all.
 */
@ApplicationScoped
public class EvaluationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "evaluations";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        return Map.of("instrumentsCreated", em.createQuery("select concat(i.code, ' v', i.versionNumber) from Instrument i where "
                        + "i.createdBySubject = :s or i.updatedBySubject = :s order by i.code, i.versionNumber", String.class)
                        .setParameter("s", subject).getResultList(),
                "measurementsCreatedOrChanged", em.createQuery("select m.label from Measurement m where m.createdBySubject = :s "
                        + "or m.updatedBySubject = :s order by m.label", String.class).setParameter("s", subject).getResultList());
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        for (String table : new String[] {"instrument", "measurement", "evaluation"}) {
            PersonalData.replaceInAuditFields(em, table, subject, formerMemberName);
        }
    }
}
