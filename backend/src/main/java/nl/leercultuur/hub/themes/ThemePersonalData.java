package nl.leercultuur.hub.themes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.leercultuur.hub.shared.security.PersonalData;

/** What the theme vocabulary keeps about a person: who created or last changed a theme (staff). */
@ApplicationScoped
public class ThemePersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "themes";
    }

    @Override
    @Transactional
    public Map<String, Object> export(String subject) {
        return Map.of("createdOrChanged", em.createQuery("select t.code from Theme t where t.createdBySubject = :s "
                + "or t.updatedBySubject = :s order by t.code", String.class).setParameter("s", subject).getResultList());
    }

    @Override
    @Transactional
    public void forget(String subject, String formerMemberName) {
        PersonalData.replaceInAuditFields(em, "theme", subject, formerMemberName);
    }
}
