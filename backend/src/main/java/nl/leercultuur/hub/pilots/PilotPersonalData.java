package nl.leercultuur.hub.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.leercultuur.hub.shared.security.PersonalData;

/** What the pilots feature keeps about a person: so far, who created or last changed an intervention type (staff). */
@ApplicationScoped
public class PilotPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "pilots";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        return Map.of("interventionTypesCreatedOrChanged", em.createQuery("select t.code from InterventionType t where "
                + "t.createdBySubject = :s or t.updatedBySubject = :s order by t.code", String.class)
                .setParameter("s", subject).getResultList());
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        PersonalData.replaceInAuditFields(em, "intervention_type", subject, formerMemberName);
    }
}
